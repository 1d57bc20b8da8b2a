import * as mocks from "@specfirst/__slug__/mock";
import { describeMocks } from "@specfirst/testkit/mocks";
import { create__Pascal__Client } from "../src/index.js";

const client = (baseUrl: string) => create__Pascal__Client({ baseUrl, token: "__slug__-token" });

describeMocks({
  packageDir: new URL("..", import.meta.url),
  mocks,
  readOperation: "getExample",
  read: (baseUrl, init) => client(baseUrl).GET("/example", init),
});
