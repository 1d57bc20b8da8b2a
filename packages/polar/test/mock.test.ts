import * as mocks from "@specfirst/polar/mock";
import { describeMocks } from "@specfirst/testkit/mocks";
import { createPolarClient } from "../src/index.js";

const client = (baseUrl: string) => createPolarClient({ baseUrl, token: "polar_pat" });
const id = "8d522be2-a89f-4461-aaee-3ac9897ebd0a";

describeMocks({
  packageDir: new URL("..", import.meta.url),
  mocks,
  readOperation: "getSubscription",
  read: (baseUrl, init) => client(baseUrl).GET("/v1/users/subscriptions/{id}", { params: { path: { id } }, ...init }),
  writeOperation: "updateSubscription",
  write: (baseUrl, init) =>
    client(baseUrl).PATCH("/v1/users/subscriptions/{id}", {
      params: { path: { id } },
      body: { product_price_id: "e8b5dd7d-28ce-459d-a751-bbb0883a1347" },
      ...init,
    }),
});
