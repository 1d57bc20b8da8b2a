// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL, with the
// responses validated by the package's /validate entry (validated-call.cjs).
import { createNovaProxyClient } from "@specfirst/novaproxy";
import spec from "@specfirst/novaproxy/openapi.json" with { type: "json" };
import { listOrders, validators } from "@specfirst/novaproxy/validate";
import { validatedCall } from "./validated-call.cjs";

const report = await validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createNovaProxyClient(options),
  validators,
  validator: listOrders,
  call: (novaproxy) => novaproxy.GET("/orders"),
  spec,
});
console.log(JSON.stringify(report));
