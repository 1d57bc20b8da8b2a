// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL, with
// the responses validated by the package's /validate entry (a drift would fail the call).
const { createVpsbgClient } = require("@specfirst/vpsbg");
const spec = require("@specfirst/vpsbg/openapi.json");
const { getOrder, validators } = require("@specfirst/vpsbg/validate");

const drifts = [];
const vpsbg = createVpsbgClient({
  token: process.env.API_TOKEN,
  baseUrl: process.env.BASE_URL,
  validate: validators,
  onDrift: (drift) => drifts.push(drift),
  throwOnDrift: true,
});
vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }).then(({ data, error, response }) => {
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
});
