import { describeReadmeExample, readFixture } from "@specfirst/testkit";
import type { Order } from "../src/index.js";

const orders = readFixture<Order[]>("novaproxy", "listOrders.200");

describeReadmeExample({
  packageDir: new URL("..", import.meta.url),
  reply: ({ method, url, headers }) =>
    method === "GET" && url === "/orders" && headers.authorization === "Bearer np-token"
      ? { status: 200, body: orders }
      : { status: 404 },
  env: (serverUrl) => ({ NOVAPROXY_TOKEN: "np-token", NOVAPROXY_BASE_URL: serverUrl }),
  importExample: () => import("../examples/quickstart.js"),
  output: orders.map((order) => `${order.uuid} ${order.status} ${order.username}`),
});
