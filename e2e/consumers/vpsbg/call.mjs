// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL, with the
// responses validated by the package's /validate entry (validated-call.cjs).
import { createVpsbgClient } from "@specfirst/vpsbg";
import spec from "@specfirst/vpsbg/openapi.json" with { type: "json" };
import { getOrder, validators } from "@specfirst/vpsbg/validate";
import { validatedCall } from "./validated-call.cjs";

const report = await validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createVpsbgClient(options),
  validators,
  validator: getOrder,
  call: (vpsbg) => vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }),
  spec,
});
console.log(JSON.stringify(report));
