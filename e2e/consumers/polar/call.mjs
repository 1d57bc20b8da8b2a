// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL, with the
// responses validated by the package's /validate entry (validated-call.cjs).
import { createPolarClient } from "@specfirst/polar";
import spec from "@specfirst/polar/openapi.json" with { type: "json" };
import { listOrders, validators } from "@specfirst/polar/validate";
import { validatedCall } from "./validated-call.cjs";

const report = await validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createPolarClient(options),
  validators,
  validator: listOrders,
  call: (polar) => polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } }),
  spec,
});
console.log(JSON.stringify(report));
