import { validators } from "@specfirst/polar/validate";
import { describeValidation, specDir } from "@specfirst/testkit";
import { createPolarClient, DriftError, unwrap } from "../src/index.js";

const token = "polar_pat_validate_4e2c9a";

describeValidation({
  specDir: specDir("polar"),
  token,
  client: (options) => createPolarClient({ token, ...options } as never) as never,
  validators,
  DriftError,
  unwrap,
});
