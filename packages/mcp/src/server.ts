import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { callTool, type ProviderClient } from "./call.js";
import type { OpenApiDocument } from "./schema.js";
import { type Tool, toolsFromSpec } from "./tools.js";

/** Options of {@link createMcpServer}. */
export interface McpServerOptions {
  /** The provider's bundled OpenAPI document (its package's `openapi.json`). */
  document: OpenApiDocument;
  /** The provider's client, configured (token, base URL), and its package's `unwrap`: every call goes through it. */
  client: ProviderClient;
  /** The server's name and version in MCP's `initialize`, e.g. `specfirst-polar`, `0.2.0`. */
  name: string;
  version: string;
  /** Only the safe operations' tools (GET, HEAD, …). */
  readOnly?: boolean | undefined;
  /** Only these tools, by name (operationId). */
  tools?: readonly string[] | undefined;
}

/**
 * The tools the server offers: one per operation of `document`, less the writes under `readOnly`, and
 * only the named ones when `names` is given.
 * @throws Error naming the tools that do not exist (or are writes hidden by `readOnly`), and those that do.
 */
export function selectTools(
  document: OpenApiDocument,
  { readOnly, tools: names }: Pick<McpServerOptions, "readOnly" | "tools"> = {},
): Tool[] {
  const all = toolsFromSpec(document);
  const offered = readOnly ? all.filter((tool) => tool.readOnly) : all;
  if (!names) return offered;
  const missing = names.filter((name) => !offered.some((tool) => tool.definition.name === name));
  if (missing.length > 0) {
    const hidden = missing.filter((name) => all.some((tool) => tool.definition.name === name));
    throw new Error(
      `no tool ${missing.join(", ")}${hidden.length > 0 ? ` (${hidden.join(", ")}: a write, hidden by --read-only)` : ""}; the tools are ${offered.map((tool) => tool.definition.name).join(", ")}`,
    );
  }
  return offered.filter((tool) => names.includes(tool.definition.name));
}

/**
 * An MCP server (the official SDK's) whose tools are the provider's operations (see `toolsFromSpec`),
 * each call made through `client`. Connect it to a transport: `await server.connect(new StdioServerTransport())`.
 * @throws Error as {@link selectTools} does.
 */
export function createMcpServer(options: McpServerOptions): Server {
  const tools = selectTools(options.document, options);
  const server = new Server({ name: options.name, version: options.version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: tools.map((tool) => tool.definition) }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const tool = tools.find((candidate) => candidate.definition.name === request.params.name);
    if (!tool) {
      return {
        isError: true,
        content: [
          {
            type: "text",
            text: `no tool ${request.params.name}; the tools are ${tools.map((t) => t.definition.name).join(", ")}`,
          },
        ],
      };
    }
    return callTool(options.client, tool, request.params.arguments);
  });
  return server;
}
