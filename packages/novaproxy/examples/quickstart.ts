import { createNovaProxyClient } from "@specfirst/novaproxy";

const novaproxy = createNovaProxyClient({
  token: process.env.NOVAPROXY_TOKEN,
  // NovaProxy documents no API host; set the one your account uses.
  baseUrl: process.env.NOVAPROXY_BASE_URL,
});

const { data: orders, response } = await novaproxy.GET("/orders");
if (!orders) throw new Error(`GET /orders failed with HTTP ${response.status}`);

for (const order of orders) {
  // username and password stay null until the proxy credentials are ready.
  console.log(order.uuid, order.status, order.username ?? "(no credentials yet)");
}
