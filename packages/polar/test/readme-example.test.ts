import { describeReadmeExample, readFixture } from "@specfirst/testkit";
import type { OrderList } from "../src/index.js";

const page = readFixture<OrderList>("polar", "listOrders.200");

describeReadmeExample({
  packageDir: new URL("..", import.meta.url),
  reply: ({ method, url, headers }) =>
    method === "GET" &&
    url === "/v1/users/orders/?limit=20&sorting=-created_at" &&
    headers.authorization === "Bearer polar_pat"
      ? { status: 200, body: page }
      : { status: 404, body: { error: "ResourceNotFound", detail: "Not found" } },
  env: (serverUrl) => ({ POLAR_TOKEN: "polar_pat", POLAR_BASE_URL: serverUrl }),
  importExample: () => import("../examples/quickstart.js"),
  output: [
    `${page.pagination.total_count} orders`,
    ...page.items.map(
      (order) => `${order.id} ${order.product.name} ${(order.amount / 100).toFixed(2)} ${order.currency}`,
    ),
  ],
});
