import { describeValidation, specDir } from "@specfirst/testkit";
import { validators } from "@specfirst/vpsbg/validate";
import { createVpsbgClient, DriftError, unwrap } from "../src/index.js";

const token = "vpsbg_token_validate_7c1e";

describeValidation({
  specDir: specDir("vpsbg"),
  token,
  client: (options) => createVpsbgClient({ token, ...options } as never) as never,
  validators,
  DriftError,
  unwrap,
});
