import { describeAttackMatrix } from "@specfirst/testkit";
import { createNovaProxyClient } from "../src/index.js";

const token = "np_attack_token";
type Untyped = {
  GET(path: string, init: object): Promise<unknown>;
  POST(path: string, init: object): Promise<unknown>;
};
const client = (baseUrl: string, fetch?: typeof globalThis.fetch) =>
  createNovaProxyClient({ baseUrl, token, fetch }) as unknown as Untyped;

describeAttackMatrix({
  token,
  // NovaProxy documents no query parameters; an undeclared one is encoded all the same.
  queryName: "page",
  get: (baseUrl, id, init, options) =>
    client(baseUrl, options?.fetch).GET("/orders/{uuid}", { params: { path: { uuid: id } }, ...init }),
  list: (baseUrl, name, value) => client(baseUrl).GET("/orders", { params: { query: { [name]: value } } }),
  write: (baseUrl, init) => client(baseUrl).POST("/orders", { body: { plan: "residential", bandwidth: 2 }, ...init }),
});
