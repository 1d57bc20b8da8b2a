import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { operations as documentOperations } from "@specfirst/openapi-model";
import {
  loadBundledSpec,
  replySequence,
  specDir,
  specOperations,
  startSpecServer,
  startTestServer,
  type TestServer,
} from "@specfirst/testkit";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));
/** Every provider of the workspace (a spec in specs/ and its client in packages/), a scaffolded one too. */
const providers = readdirSync(join(root, "specs"))
  .filter((slug) => existsSync(join(root, "specs", slug, "package.json")))
  .filter((slug) => existsSync(join(root, "packages", slug, "package.json")))
  .sort();
/** A provider name no package of the workspace has (a user's first `pnpm new-provider acme` takes "acme"). */
const absent = ["acme", "acme-cloud", "example"]
  .map((name) => `${name}-not-installed`)
  .find((name) => !providers.includes(name)) as string;
const tokenOf = (provider: string) => `${provider}_mcp_token_5f2a9c`;
const variableOf = (provider: string) => `${provider.toUpperCase().replace(/-/g, "_")}_TOKEN`;

/** Everything the MCP client saw and the bin wrote to stderr, to search for the token afterwards. */
const seen: string[] = [];
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/**
 * Starts the real bin over stdio for `provider` with `args`, connected to the official SDK's client. It
 * runs in the client package's folder, where the package resolves by its own name, as in a user's project.
 */
async function connect(provider: string, args: string[], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, provider, ...args],
    cwd: join(root, "packages", provider),
    env: { PATH: process.env.PATH ?? "", [variableOf(provider)]: tokenOf(provider), ...env },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk) => seen.push(String(chunk)));
  const client = new Client({ name: "specfirst-mcp-test", version: "0.0.0" });
  await client.connect(transport);
  clients.push(client);
  return client;
}

/** Calls a tool and records what came back. */
async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = await client.callTool({ name, arguments: args });
  seen.push(JSON.stringify(result));
  return result as { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: unknown };
}

/** Runs the bin without a client; resolves with its exit code and output (for startup errors). */
function runBin(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdin.end();
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

afterAll(() => {
  // No output of any test (tool results, errors, the bin's stderr) ever held a token.
  const all = seen.join("\n");
  for (const provider of providers) expect(all).not.toContain(tokenOf(provider));
});

for (const provider of providers) {
  describe(`specfirst-mcp ${provider}`, () => {
    const document = loadBundledSpec(specDir(provider));
    const operations = specOperations(document);
    let server: Awaited<ReturnType<typeof startSpecServer>>;
    beforeAll(async () => {
      server = await startSpecServer(document);
    });
    afterAll(() => server.close());

    it("tools/list: one tool per operation of the spec, with valid schemas and HTTP's annotations", async () => {
      const client = await connect(provider, ["--base-url", server.baseUrl]);
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(operations.map((operation) => operation.operationId));
      const ajv = new Ajv2020({ strict: false });
      for (const operation of operations) {
        const tool = tools.find((candidate) => candidate.name === operation.operationId);
        const method = operation.method.toLowerCase();
        const specOperation = (document.paths?.[operation.path] as Record<string, unknown> | undefined)?.[method] as {
          parameters?: { $ref?: string; name?: string; in?: string }[];
          requestBody?: unknown;
          responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
        };
        expect(tool?.annotations, operation.operationId).toEqual({
          title: tool?.title,
          readOnlyHint: method === "get",
          destructiveHint: method === "delete",
          idempotentHint: ["get", "put", "delete"].includes(method),
          openWorldHint: true,
        });
        expect(tool?.description).toContain(`${operation.method} ${operation.path}.`);
        // Every path parameter is a required argument; the body, where there is one, is `body`.
        const properties = Object.keys(tool?.inputSchema.properties ?? {});
        for (const name of Object.keys(operation.pathParameters)) {
          expect(properties).toContain(name);
          expect(tool?.inputSchema.required).toContain(name);
        }
        expect(properties.includes("body")).toBe(specOperation.requestBody !== undefined);
        // Self-contained JSON Schema 2020-12, which a strict validator compiles.
        expect(() => ajv.compile(tool?.inputSchema as object)).not.toThrow();
        if (tool?.outputSchema) expect(() => ajv.compile(tool.outputSchema as object)).not.toThrow();
        // An output schema where the first 2xx response has a JSON schema.
        const success = Object.keys(specOperation.responses).find((status) => status.startsWith("2")) ?? "";
        expect(tool?.outputSchema !== undefined).toBe(
          specOperation.responses[success]?.content?.["application/json"]?.schema !== undefined,
        );
      }
    });

    for (const operation of operations.filter((candidate) => candidate.method === "GET")) {
      it(`tools/call ${operation.operationId} returns the server's body as structured content`, async () => {
        const client = await connect(provider, ["--base-url", server.baseUrl]);
        const before = server.requests.length;
        const result = await call(client, operation.operationId, operation.pathParameters);
        expect(result.isError).toBeUndefined();
        const body = operation.success?.body;
        const structured = Array.isArray(body) ? { result: body } : body;
        expect(result.structuredContent).toEqual(structured);
        expect(result.content[0]?.text).toContain(
          `${operation.operationId}: ${operation.method} ${operation.path} → 200`,
        );
        const requests = server.requests.slice(before);
        expect(requests).toHaveLength(1);
        expect(requests[0]?.headers.authorization).toBe(`Bearer ${tokenOf(provider)}`);
      });
    }

    it("--read-only offers only the reads, and a write is no tool", async () => {
      const client = await connect(provider, ["--base-url", server.baseUrl, "--read-only"]);
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(
        operations.filter((operation) => operation.method === "GET").map((operation) => operation.operationId),
      );
      const write = operations.find((operation) => operation.method !== "GET");
      if (write) {
        const result = await call(client, write.operationId, {});
        expect(result.isError).toBe(true);
        expect(result.content[0]?.text).toContain(`no tool ${write.operationId}`);
      }
    });
  });
}

describe("specfirst-mcp calls through the client's runtime (NovaProxy, against a recording server)", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  const token = tokenOf("novaproxy");
  const order = { plan: "residential", bandwidth: 2 };

  for (const fault of ["a 500", "a reset connection"] as const) {
    it(`createOrder (a POST) facing ${fault} is sent exactly once and returns a tool error`, async () => {
      // The server echoes the token in its error body: the tool error must not.
      api.respondWith(
        fault === "a 500"
          ? (request) => ({ status: 500, body: { message: `boom for ${request.headers.authorization}` } })
          : () => ({ status: 201, body: { uuid: "x" }, fault: "reset" }),
      );
      const client = await connect("novaproxy", ["--base-url", api.url]);
      const before = api.requests.length;
      const result = await call(client, "createOrder", { body: order });
      expect(api.requests.slice(before).map((request) => `${request.method} ${request.url}`)).toEqual(["POST /orders"]);
      expect(JSON.parse(api.requests[before]?.body ?? "")).toEqual(order);
      expect(result.isError).toBe(true);
      const text = result.content[0]?.text ?? "";
      expect(text).toContain("createOrder failed");
      expect(text).toContain('"operation": "POST /orders"');
      if (fault === "a 500") {
        expect(text).toContain('"status": 500');
        expect(text).toContain("[REDACTED]");
      }
      expect(text).not.toContain(token);
    });
  }

  it("listOrders (a GET) facing a 429 with Retry-After is retried, then returns the body", async () => {
    api.respondWith(
      replySequence({ status: 429, headers: { "retry-after": "0" }, body: {} }, { status: 200, body: [] }),
    );
    const client = await connect("novaproxy", ["--base-url", api.url]);
    const before = api.requests.length;
    const result = await call(client, "listOrders");
    expect(api.requests.slice(before).map((request) => `${request.method} ${request.url}`)).toEqual([
      "GET /orders",
      "GET /orders",
    ]);
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({ result: [] });
  });

  it("rejects arguments the tool does not take, sending nothing", async () => {
    const client = await connect("novaproxy", ["--base-url", api.url]);
    const before = api.requests.length;
    const result = await call(client, "getOrder", { uuid: "9bdfe2d6-2c9a-4f7e-9e8c-1a2b3c4d5e6f", limit: 5 });
    expect(result.isError).toBe(true);
    expect(result.content[0]?.text).toBe("getOrder: unknown argument limit; it takes uuid.");
    expect(api.requests.length).toBe(before);
  });

  it("--tags offers only the tools of a tag group or tag, named loosely", async () => {
    const document = loadBundledSpec(specDir("vpsbg"));
    const group = (document["x-tagGroups"] as { name: string; tags: string[] }[]).find(
      (candidate) => candidate.name === "Servers",
    );
    const expected = (tags: string[]) =>
      documentOperations(document)
        .filter((operation) => (operation.object.tags ?? []).some((tag) => tags.includes(tag)))
        .map((operation) => operation.operationId);
    const servers = await connect("vpsbg", ["--base-url", api.url, "--tags", "servers"]);
    const names = (await servers.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expected(group?.tags ?? []));
    expect(names).toContain("listServers");
    expect(names).not.toContain("listOrders");
    const orders = await connect("vpsbg", ["--base-url", api.url, "--tags", "ORDERS", "--read-only"]);
    expect((await orders.listTools()).tools.map((tool) => tool.name)).toEqual(["listOrders", "getOrder"]);
  });

  it("--tools offers only the named tools", async () => {
    const client = await connect("novaproxy", ["--base-url", api.url, "--tools", "getPlan,listPlans"]);
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(["listPlans", "getPlan"]);
  });
});

describe("specfirst-mcp startup errors: one line on stderr, nothing on stdout, exit 1", () => {
  const cases: [string, string[], Record<string, string>, string][] = [
    ["no token", ["polar"], {}, "specfirst-mcp: set POLAR_TOKEN to the Polar — legacy users API token"],
    ["--token-env names another variable", ["polar", "--token-env", "MY_POLAR"], { POLAR_TOKEN: "t" }, "set MY_POLAR"],
    ["an unknown provider", [absent], { [variableOf(absent)]: "t" }, `@specfirst/${absent} is not installed here`],
    ["not a provider name", ["Polar!"], {}, '"Polar!" is not a provider name'],
    ["an unknown server", ["polar", "--server", "staging"], { POLAR_TOKEN: "t" }, 'no server "staging"'],
    ["an unknown tool", ["vpsbg", "--tools", "deleteOrder"], { VPSBG_TOKEN: "t" }, "no tool deleteOrder"],
    [
      "a write named with --read-only",
      ["vpsbg", "--read-only", "--tools", "changeOrderRenewalPeriod"],
      { VPSBG_TOKEN: "t" },
      "a write, hidden by --read-only",
    ],
    [
      "an unknown tag",
      ["vpsbg", "--tags", "servers,dns"],
      { VPSBG_TOKEN: "t" },
      "no tag dns; the tags are User, 2FA, Balance",
    ],
    [
      "a tool outside --tags",
      ["vpsbg", "--tags", "orders", "--tools", "listServers"],
      { VPSBG_TOKEN: "t" },
      "listServers: tagged Servers, outside --tags",
    ],
    ["an unknown option", ["polar", "--token", "t"], {}, "Unknown option '--token'"],
  ];
  for (const [what, args, env, message] of cases) {
    it(what, async () => {
      const { code, stdout, stderr } = await runBin(args, env);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(message);
      expect(stderr).not.toContain("    at ");
    });
  }

  it("--server picks the spec's named server (Polar's sandbox)", async () => {
    const { stderr } = await runBin(["polar", "--server", "sandbox"], { POLAR_TOKEN: "t" });
    expect(stderr).toContain("calling https://sandbox-api.polar.sh");
  });
});
