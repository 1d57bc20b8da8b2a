import { createPolarClient } from "@specfirst/polar";
const body = JSON.stringify({ items: [{ id: "1" }], pagination: { total_count: 1, max_page: 1 } });
const fetchNow = async () => new Response(body, { headers: { "content-type": "application/json" } });
const ours = createPolarClient({ token: "t", fetch: fetchNow });
for (let i = 0; i < 100000; i++) await ours.GET("/v1/users/orders/");
