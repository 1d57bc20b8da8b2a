import { describeReadmeExample, readFixture } from "@specfirst/testkit";
import type { Example } from "../src/index.js";

const example = readFixture<Example>("__slug__", "getExample.200");

describeReadmeExample({
  packageDir: new URL("..", import.meta.url),
  reply: ({ method, url, headers }) =>
    method === "GET" && url === "/example" && headers.authorization === "Bearer __slug__-token"
      ? { status: 200, body: example }
      : { status: 401 },
  env: (serverUrl) => ({ __CONST___TOKEN: "__slug__-token", __CONST___BASE_URL: serverUrl }),
  importExample: () => import("../examples/quickstart.js"),
  output: [`${example.id} ${example.name}`],
});
