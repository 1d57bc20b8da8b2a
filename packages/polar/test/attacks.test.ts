import { describeAttackMatrix } from "@specfirst/testkit";
import { createPolarClient } from "../src/index.js";

const token = "polar_pat_attack";
type Untyped = {
  GET(path: string, init: object): Promise<unknown>;
  PATCH(path: string, init: object): Promise<unknown>;
};
const client = (baseUrl: string, fetch?: typeof globalThis.fetch) =>
  createPolarClient({ baseUrl, token, fetch }) as unknown as Untyped;

describeAttackMatrix({
  token,
  queryName: "query",
  get: (baseUrl, id, init, options) =>
    client(baseUrl, options?.fetch).GET("/v1/users/orders/{id}", { params: { path: { id } }, ...init }),
  list: (baseUrl, name, value) => client(baseUrl).GET("/v1/users/orders/", { params: { query: { [name]: value } } }),
  write: (baseUrl, init) =>
    client(baseUrl).PATCH("/v1/users/subscriptions/{id}", {
      params: { path: { id: "8d522be2-a89f-4461-aaee-3ac9897ebd0a" } },
      body: { product_price_id: "e8b5dd7d-28ce-459d-a751-bbb0883a1347" },
      ...init,
    }),
});
