import * as mocks from "@specfirst/novaproxy/mock";
import { describeMocks } from "@specfirst/testkit/mocks";
import { createNovaProxyClient } from "../src/index.js";

const client = (baseUrl: string) => createNovaProxyClient({ baseUrl, token: "novaproxy_key" });

describeMocks({
  packageDir: new URL("..", import.meta.url),
  mocks,
  readOperation: "listPlans",
  read: (baseUrl, init) => client(baseUrl).GET("/plans", init),
  writeOperation: "createOrder",
  write: (baseUrl, init) => client(baseUrl).POST("/orders", { body: { plan: "residential", bandwidth: 2 }, ...init }),
});
