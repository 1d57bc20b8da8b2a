import { spawn } from "node:child_process";
import { once } from "node:events";
import { delimiter, join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Consumer, Runtime } from "../../src/consumer.js";
import { registryConsumer } from "./registry-consumer.js";

// The oldest Node the packages support: the mocks run where the users' tests run.
const oldest = inject("nodes")[0] as { binDir: string; version: string };
const runtime: Runtime = { binDir: oldest.binDir, version: oldest.version };

/** A test of the user's, in each module system: the mocks answer the client, a scenario, a validation error. */
const program = (load: string) => `${load}
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: "error" });
const polar = createPolarClient({ token: "test-token", maxRetries: 0 });
const order = await polar.GET("/v1/users/orders/{id}", { params: { path: { id: "6bfc0403-8ac3-4394-b5e6-eff0359f1b26" } } });
const invalid = await polar.GET("/v1/users/orders/{id}", { params: { path: { id: "42" } } });
server.use(scenarios.getOrder.notFound());
const missing = await polar.GET("/v1/users/orders/{id}", { params: { path: { id: "6bfc0403-8ac3-4394-b5e6-eff0359f1b26" } } });
server.close();
console.log(JSON.stringify({
  amount: order.data?.amount,
  invalid: [invalid.response.status, invalid.error?.detail?.[0]?.loc],
  missing: [missing.response.status, missing.error],
}));
`;

describe("the mocks as published: @specfirst/polar/mock with msw and @specfirst/mock, on the oldest Node", () => {
  let consumer: Consumer;

  beforeAll(async () => {
    consumer = registryConsumer("mocks-npm", { runtime });
    await consumer.install(["@specfirst/polar"]);
    await consumer.install(["@specfirst/mock", "msw@2.15.0"], { dev: true });
    consumer.write(
      "mock.mjs",
      program(`import { createPolarClient } from "@specfirst/polar";
import { handlers, scenarios } from "@specfirst/polar/mock";
import { setupServer } from "msw/node";`),
    );
    consumer.write(
      "mock.cjs",
      `(async () => {
${program(`const { createPolarClient } = require("@specfirst/polar");
const { handlers, scenarios } = require("@specfirst/polar/mock");
const { setupServer } = require("msw/node");`)}
})();`,
    );
  });

  for (const script of ["mock.mjs", "mock.cjs"]) {
    it(`${script === "mock.mjs" ? "ESM import" : "CommonJS require()"}: the spec's example, Polar's 422 and a 404 scenario reach the client`, async () => {
      expect(await consumer.runScript(script, {})).toEqual({
        amount: 900,
        invalid: [422, ["path", "id"]],
        missing: [404, { error: "ResourceNotFound", detail: "Not found" }],
      });
    });
  }

  it("npx specfirst-mock polar serves the mocks on 127.0.0.1 and exits 0 on SIGTERM", async () => {
    const child = spawn(join(consumer.dir, "node_modules", ".bin", "specfirst-mock"), ["polar", "--port", "0"], {
      cwd: consumer.dir,
      env: { ...process.env, PATH: `${runtime.binDir}${delimiter}${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = once(child, "exit");
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk: Buffer) => {
        output += chunk;
      });
    }
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toMatch(/mock on http:\/\/127\.0\.0\.1:\d+/);
      const origin = output.match(/mock on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      const response = await fetch(`${origin}/v1/users/orders/?limit=abc`);
      expect(response.status).toBe(422);
      await expect.poll(() => output).toContain("GET /v1/users/orders/?limit=abc → listOrders 422");
    } finally {
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code, output).toBe(0);
    }
  });
});
