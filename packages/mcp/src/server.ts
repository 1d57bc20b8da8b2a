import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { tagGroups } from "@specfirst/openapi-model";
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
  /**
   * Only the tools of operations with one of these tags, or of a tag group (`x-tagGroups`) of that name:
   * `servers` offers Servers, Scale and Addons where the spec groups them so. Matched ignoring case,
   * spaces and hyphens (`floating-ips` is `Floating IPs`).
   */
  tags?: readonly string[] | undefined;
}

/** A tag's name as `--tags` matches it: lower case, without spaces, hyphens or underscores. */
const tagKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The spec's tags that `wanted` names, each directly or as a tag group.
 * @throws Error naming the tags and groups that do not exist, and those that do.
 */
function tagsNamed(document: OpenApiDocument, all: readonly Tool[], wanted: readonly string[]): Set<string> {
  const tags = [...new Set([...(document.tags ?? []).map((tag) => tag.name), ...all.flatMap((tool) => tool.tags)])];
  const groups = tagGroups(document);
  const selected = new Set<string>();
  const missing: string[] = [];
  for (const name of wanted) {
    const key = tagKey(name);
    const group = groups.find((candidate) => tagKey(candidate.name) === key);
    const tag = tags.find((candidate) => tagKey(candidate) === key);
    if (!group && !tag) missing.push(name);
    for (const member of group?.tags ?? []) selected.add(member);
    if (tag) selected.add(tag);
  }
  if (missing.length > 0) {
    const grouped = groups.length > 0 ? ` (tag groups: ${groups.map((group) => group.name).join(", ")})` : "";
    throw new Error(`no tag ${missing.join(", ")}; the tags are ${tags.join(", ")}${grouped}`);
  }
  return selected;
}

/**
 * The tools the server offers: one per operation of `document`, less the writes under `readOnly`, only
 * those of the given `tags` when some are given, and only the named ones when `names` is given.
 * @throws Error naming the tools or tags that do not exist (or tools that are writes hidden by `readOnly`,
 *   or outside the tags), and those that do.
 */
export function selectTools(
  document: OpenApiDocument,
  { readOnly, tools: names, tags }: Pick<McpServerOptions, "readOnly" | "tools" | "tags"> = {},
): Tool[] {
  const all = toolsFromSpec(document);
  const tagged = tags ? tagsNamed(document, all, tags) : undefined;
  const offered = all.filter(
    (tool) => (!readOnly || tool.readOnly) && (!tagged || tool.tags.some((tag) => tagged.has(tag))),
  );
  if (!names) return offered;
  const missing = names.filter((name) => !offered.some((tool) => tool.definition.name === name));
  if (missing.length > 0) {
    const why = (name: string) => {
      const tool = all.find((candidate) => candidate.definition.name === name);
      if (!tool) return undefined;
      return readOnly && !tool.readOnly
        ? "a write, hidden by --read-only"
        : `tagged ${tool.tags.join(", ")}, outside --tags`;
    };
    const hidden = missing.flatMap((name) => (why(name) ? [`${name}: ${why(name)}`] : []));
    throw new Error(
      `no tool ${missing.join(", ")}${hidden.length > 0 ? ` (${hidden.join("; ")})` : ""}; the tools are ${offered.map((tool) => tool.definition.name).join(", ")}`,
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
