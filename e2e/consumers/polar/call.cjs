// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL, with
// the responses validated by the package's /validate entry (a drift would fail the call).
const { createPolarClient } = require("@specfirst/polar");
const spec = require("@specfirst/polar/openapi.json");
const { listOrders, validators } = require("@specfirst/polar/validate");

const drifts = [];
const polar = createPolarClient({
  token: process.env.API_TOKEN,
  baseUrl: process.env.BASE_URL,
  validate: validators,
  onDrift: (drift) => drifts.push(drift),
  throwOnDrift: true,
});
polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } }).then(({ data, error, response }) => {
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
});
