// Run by the install test in a fresh project, as ESM, against a local server at BASE_URL.
import { createNovaProxyClient } from "@specfirst/novaproxy";
import spec from "@specfirst/novaproxy/openapi.json" with { type: "json" };

const novaproxy = createNovaProxyClient({ token: process.env.API_TOKEN, baseUrl: process.env.BASE_URL });
const { data, error, response } = await novaproxy.GET("/orders");
console.log(
  JSON.stringify({ node: process.version, openapi: spec.openapi, status: response.status, data: data ?? error }),
);
