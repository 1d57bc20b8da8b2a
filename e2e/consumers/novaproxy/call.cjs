// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL.
const { createNovaProxyClient } = require("@specfirst/novaproxy");
const spec = require("@specfirst/novaproxy/openapi.json");

const novaproxy = createNovaProxyClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
novaproxy.GET("/orders").then(({ data, error, response }) => {
  console.log(
    JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
  );
});
