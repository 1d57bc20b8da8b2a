import { describeAttackMatrix } from "@specfirst/testkit";
import { createVpsbgClient } from "../src/index.js";

const token = "vpsbg_attack_key";
type Untyped = {
  GET(path: string, init: object): Promise<unknown>;
  PATCH(path: string, init: object): Promise<unknown>;
};
const client = (baseUrl: string, fetch?: typeof globalThis.fetch) =>
  createVpsbgClient({ baseUrl, token, fetch }) as unknown as Untyped;

describeAttackMatrix({
  token,
  queryName: "filter[status]",
  get: (baseUrl, id, init, options) =>
    client(baseUrl, options?.fetch).GET("/orders/{id}", { params: { path: { id } }, ...init }),
  list: (baseUrl, name, value) => client(baseUrl).GET("/orders", { params: { query: { [name]: value } } }),
  write: (baseUrl, init) =>
    client(baseUrl).PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 7756, service_type: "server", service_id: "2901" } },
      body: { billing_cycle: 12 },
      ...init,
    }),
});
