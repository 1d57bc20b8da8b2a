// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL.
const { createVpsbgClient } = require("@specfirst/vpsbg");
const spec = require("@specfirst/vpsbg/openapi.json");

const vpsbg = createVpsbgClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }).then(({ data, error, response }) => {
  console.log(
    JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
  );
});
