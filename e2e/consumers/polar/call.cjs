// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL.
const { createPolarClient } = require("@specfirst/polar");
const spec = require("@specfirst/polar/openapi.json");

const polar = createPolarClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } }).then(({ data, error, response }) => {
  console.log(
    JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
  );
});
