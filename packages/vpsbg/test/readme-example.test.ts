import { describeReadmeExample, readFixture } from "@specfirst/testkit";
import type { Order } from "../src/index.js";

const order = readFixture<Order>("vpsbg", "getOrder.200");

describeReadmeExample({
  packageDir: new URL("..", import.meta.url),
  reply: ({ method, url, headers }) =>
    method === "GET" && url === "/v1/orders/7756" && headers.authorization === "Bearer vpsbg-key"
      ? { status: 200, body: order }
      : { status: 404 },
  env: (serverUrl) => ({ VPSBG_TOKEN: "vpsbg-key", VPSBG_BASE_URL: `${serverUrl}/v1` }),
  importExample: () => import("../examples/quickstart.js"),
  output: [
    `${order.id} ${order.status} ${order.amount_with_vat}`,
    ...order.services.map((service) => `- ${service.label}: ${service.amount_with_vat}`),
  ],
});
