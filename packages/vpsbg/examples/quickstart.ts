import { createVpsbgClient } from "@specfirst/vpsbg";

const vpsbg = createVpsbgClient({
  token: process.env.VPSBG_TOKEN,
  baseUrl: process.env.VPSBG_BASE_URL, // optional; defaults to https://api.vpsbg.eu/v1
});

const { data: order, response } = await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } });
if (!order) throw new Error(`GET /orders/7756 failed with HTTP ${response.status}`);

console.log(order.id, order.status, order.amount_with_vat);
for (const service of order.services) {
  console.log(`- ${service.label}: ${service.amount_with_vat}`);
}
