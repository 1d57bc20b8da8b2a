import createClient from "openapi-fetch";
import { createPolarClient } from "@specfirst/polar";
const body = JSON.stringify({ items: [{ id: "1" }], pagination: { total_count: 1, max_page: 1 } });
const fetchNow = async () => new Response(body, { headers: { "content-type": "application/json" } });
const bare = createClient({ baseUrl: "https://api.polar.sh", fetch: fetchNow, headers: { authorization: "Bearer t" } });
const ours = createPolarClient({ token: "t", fetch: fetchNow });
async function time(name, call, n = 20000) {
  for (let i = 0; i < 2000; i++) await call();
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const used = process.cpuUsage(start);
  console.log(name, ((used.user + used.system) / n).toFixed(2), "µs/call");
}
for (let round = 0; round < 2; round++) {
  await time("bare", () => bare.GET("/v1/users/orders/"));
  await time("ours", () => ours.GET("/v1/users/orders/"));
}
