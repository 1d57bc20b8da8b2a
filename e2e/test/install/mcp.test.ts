import { delimiter } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { loadBundledSpec, specDir, specOperations, startTestServer, type TestServer } from "@specfirst/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Consumer } from "../../src/consumer.js";
import { registryConsumer } from "./registry-consumer.js";

// The oldest Node the packages support, where an agent's host is most likely to start the server.
const oldest = inject("nodes")[0] as { binDir: string; version: string };

describe("@specfirst/mcp as published: npx @specfirst/mcp polar, on the oldest Node", () => {
  let consumer: Consumer;
  let api: TestServer;
  const token = "polar_mcp_install_token";
  const operations = specOperations(loadBundledSpec(specDir("polar")));
  const list = operations.find((operation) => operation.operationId === "listOrders");

  beforeAll(async () => {
    consumer = registryConsumer("mcp-npm", { runtime: { binDir: oldest.binDir, version: oldest.version } });
    await consumer.install(["@specfirst/polar", "@specfirst/mcp"]);
    api = await startTestServer(() => ({ status: 200, body: list?.success?.body }));
  });
  afterAll(() => api?.close());

  it("answers initialize and tools/list over stdio, and calls the API through the installed client", async () => {
    // npx is npm's, on PATH; the Node it runs on is the oldest one, first on PATH (the registry's Node
    // package carries no npm).
    const transport = new StdioClientTransport({
      command: "npx",
      args: ["@specfirst/mcp", "polar", "--base-url", api.url],
      cwd: consumer.dir,
      env: {
        PATH: `${oldest.binDir}${delimiter}${process.env.PATH}`,
        POLAR_TOKEN: token,
        npm_config_update_notifier: "false",
      },
      stderr: "pipe",
    });
    let stderr = "";
    transport.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const client = new Client({ name: "e2e", version: "0.0.0" });
    try {
      await client.connect(transport);
      expect(client.getServerVersion()?.name).toBe("specfirst-polar");
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(operations.map((operation) => operation.operationId));
      const result = await client.callTool({ name: "listOrders", arguments: { limit: 1 } });
      expect(result.structuredContent).toEqual(list?.success?.body);
      expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
        "GET /v1/users/orders/?limit=1",
      ]);
      expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
      expect(stderr).toContain("specfirst-mcp: @specfirst/polar");
      expect(`${stderr}${JSON.stringify(result)}`).not.toContain(token);
    } finally {
      await client.close();
    }
  });
});
