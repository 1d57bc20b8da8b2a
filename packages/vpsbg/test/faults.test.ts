import { describeRetryContract } from "@specfirst/testkit";
import { createVpsbgClient } from "../src/index.js";

const client = (baseUrl: string) => createVpsbgClient({ baseUrl, token: "vpsbg-key" });

describeRetryContract({
  names: ["GET /orders/{id}", "PATCH /orders/{id}/{service_type}/{service_id}"],
  read: (baseUrl, init) => client(baseUrl).GET("/orders/{id}", { params: { path: { id: 7756 } }, ...init }),
  write: (baseUrl, init) =>
    client(baseUrl).PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 7756, service_type: "server", service_id: "2901" } },
      body: { billing_cycle: 12 },
      ...init,
    }),
});
