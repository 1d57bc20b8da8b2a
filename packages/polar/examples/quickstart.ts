import { createPolarClient } from "@specfirst/polar";

const polar = createPolarClient({
  token: process.env.POLAR_TOKEN, // a Personal Access Token with the user:orders:read scope
  server: "sandbox",
  baseUrl: process.env.POLAR_BASE_URL, // optional; overrides `server`
});

const { data: page, error } = await polar.GET("/v1/users/orders/", {
  params: { query: { limit: 20, sorting: ["-created_at"] } },
});
if (!page) throw new Error(`listing orders failed: ${JSON.stringify(error)}`);

console.log(`${page.pagination.total_count} orders`);
for (const order of page.items) {
  // Amounts are integers in the smallest currency unit (cents).
  console.log(order.id, order.product.name, `${(order.amount / 100).toFixed(2)} ${order.currency}`);
}
