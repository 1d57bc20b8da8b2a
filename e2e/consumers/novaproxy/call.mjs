// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL, with the
// responses validated by the package's /validate entry (a drift would fail the call).
import { createNovaProxyClient } from "@specfirst/novaproxy";
import spec from "@specfirst/novaproxy/openapi.json" with { type: "json" };
import { listOrders, validators } from "@specfirst/novaproxy/validate";

const drifts = [];
const novaproxy = createNovaProxyClient({
  token: process.env.API_TOKEN,
  baseUrl: process.env.BASE_URL,
  validate: validators,
  onDrift: (drift) => drifts.push(drift),
  throwOnDrift: true,
});
const { data, error, response } = await novaproxy.GET("/orders");
console.log(
  JSON.stringify({
    node: process.version,
    openapi: spec.openapi,
    status: response.status,
    data: data ?? error,
    drifts,
    // The compiled validator runs, and rejects a body missing every required field.
    rejectsEmpty: listOrders.responses["200"]({}) === false,
  }),
);
