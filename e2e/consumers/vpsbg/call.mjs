// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL.
import { createVpsbgClient } from "@specfirst/vpsbg";
import spec from "@specfirst/vpsbg/openapi.json" with { type: "json" };

const vpsbg = createVpsbgClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
const { data, error, response } = await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } });
console.log(
  JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
);
