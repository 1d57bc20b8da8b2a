// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL.
import { createPolarClient } from "@specfirst/polar";
import spec from "@specfirst/polar/openapi.json" with { type: "json" };

const polar = createPolarClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
const { data, error, response } = await polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } });
console.log(
  JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
);
