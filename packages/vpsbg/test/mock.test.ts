import { describeMocks } from "@specfirst/testkit/mocks";
import * as mocks from "@specfirst/vpsbg/mock";
import { createVpsbgClient } from "../src/index.js";

const client = (baseUrl: string) => createVpsbgClient({ baseUrl, token: "vpsbg_token" });

describeMocks({
  packageDir: new URL("..", import.meta.url),
  mocks,
  readOperation: "getOrder",
  read: (baseUrl, init) => client(baseUrl).GET("/orders/{id}", { params: { path: { id: 7413 } }, ...init }),
  writeOperation: "changeOrderRenewalPeriod",
  write: (baseUrl, init) =>
    client(baseUrl).PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 7413, service_type: "server", service_id: "1" } },
      body: { billing_cycle: 1 },
      ...init,
    }),
});
