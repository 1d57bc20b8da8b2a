import { describeRetryContract } from "@specfirst/testkit";
import { createNovaProxyClient } from "../src/index.js";

const client = (baseUrl: string) => createNovaProxyClient({ baseUrl, token: "np-token" });

describeRetryContract({
  names: ["GET /orders", "POST /orders"],
  read: (baseUrl, init) => client(baseUrl).GET("/orders", init),
  write: (baseUrl, init) => client(baseUrl).POST("/orders", { body: { plan: "residential", bandwidth: 2 }, ...init }),
});
