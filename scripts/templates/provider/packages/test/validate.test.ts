import { validators } from "@specfirst/__slug__/validate";
import { describeValidation, specDir } from "@specfirst/testkit";
import { create__Pascal__Client, DriftError, unwrap } from "../src/index.js";

const token = "__slug___token_validate";

describeValidation({
  specDir: specDir("__slug__"),
  token,
  client: (options) => create__Pascal__Client({ token, ...options } as never) as never,
  validators,
  DriftError,
  unwrap,
});
