import { create__Pascal__Client } from "@specfirst/__slug__";

const client = create__Pascal__Client({
  token: process.env.__CONST___TOKEN,
  baseUrl: process.env.__CONST___BASE_URL, // optional; defaults to the spec's server
});

const { data: example, response } = await client.GET("/example");
if (!example) throw new Error(`GET /example failed with HTTP ${response.status}`);

console.log(example.id, example.name);
