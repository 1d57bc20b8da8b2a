// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL, with the
// responses validated by the package's /validate entry (a drift would fail the call).
import { createVpsbgClient } from "@specfirst/vpsbg";
import spec from "@specfirst/vpsbg/openapi.json" with { type: "json" };
import { getOrder, validators } from "@specfirst/vpsbg/validate";

const drifts = [];
const vpsbg = createVpsbgClient({
  token: process.env.API_TOKEN,
  baseUrl: process.env.BASE_URL,
  validate: validators,
  onDrift: (drift) => drifts.push(drift),
  throwOnDrift: true,
});
const { data, error, response } = await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } });
console.log(
  JSON.stringify({
    node: process.version,
    openapi: spec.openapi,
    status: response.status,
    data: data ?? error,
    drifts,
    // The compiled validator runs, and rejects a body missing every required field.
    rejectsEmpty: getOrder.responses["200"]({}) === false,
  }),
);
