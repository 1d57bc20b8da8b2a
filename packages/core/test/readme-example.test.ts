import { describeReadmeExample } from "@specfirst/testkit";

describeReadmeExample({
  packageDir: new URL("..", import.meta.url),
  reply: ({ method, url, headers }) =>
    method === "GET" && url === "/status" && headers.authorization === "Bearer example-token"
      ? { status: 200, body: { healthy: true } }
      : { status: 401 },
  env: (serverUrl) => ({ EXAMPLE_TOKEN: "example-token", EXAMPLE_BASE_URL: serverUrl }),
  importExample: () => import("../examples/quickstart.js"),
  output: ["200 true"],
});
