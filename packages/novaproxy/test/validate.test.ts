import { validators } from "@specfirst/novaproxy/validate";
import { describeValidation, specDir } from "@specfirst/testkit";
import { createNovaProxyClient, DriftError, unwrap } from "../src/index.js";

const token = "novaproxy_token_validate_3b8d";

describeValidation({
  specDir: specDir("novaproxy"),
  token,
  client: (options) => createNovaProxyClient({ token, ...options } as never) as never,
  validators,
  DriftError,
  unwrap,
});
