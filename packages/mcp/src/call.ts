import type { Tool } from "./tools.js";

/** What a `@specfirst` client's methods resolve with (the fields this package reads). */
interface ClientResult {
  data?: unknown;
  error?: unknown;
  response?: Response;
  /** The provider's request id, if the response carried one. */
  requestId?: string | undefined;
}

/**
 * A configured `@specfirst` client (a method per HTTP verb: `GET(path, init)`, …) and its package's
 * `unwrap`, which turns a failed result into its error (an `ApiError` with status, request id and body).
 */
export interface ProviderClient {
  client: object;
  unwrap: (result: never) => unknown;
}

/** MCP's `tools/call` result. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: "text"; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** How much of a body the text rendering shows; the whole body is in `structuredContent`. */
const TEXT_LIMIT = 8_000;

const failure = (text: string): ToolResult => ({ isError: true, content: [{ type: "text", text }] });

/** The tool error of a failed call: the client's error message, and its fields as JSON. */
function errorResult(tool: Tool, error: unknown): ToolResult {
  const fields = errorFields(error);
  return failure(`${tool.definition.name} failed: ${String(fields.message)}\n${JSON.stringify(fields, null, 2)}`);
}

/** The fields of a client's error worth an agent's reading (its `toJSON` is already free of secrets). */
function errorFields(error: unknown): Record<string, unknown> {
  const fields =
    error && typeof error === "object" && typeof (error as { toJSON?: unknown }).toJSON === "function"
      ? ((error as { toJSON(): Record<string, unknown> }).toJSON() as Record<string, unknown>)
      : { message: error instanceof Error ? error.message : String(error) };
  const { name, message, status, operation, requestId, body, retryAfter } = fields;
  return Object.fromEntries(
    Object.entries({ name, message, status, operation, requestId, body, retryAfter }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

/**
 * Calls `tool`'s operation with `client`, the arguments split as the spec places them (path, query,
 * header parameters by name, the request body as `body`), so the call gets the client's retries (never
 * resending a POST or PATCH after a 5xx or a dropped connection), timeouts, path encoding and redaction.
 * Resolves, never rejects: with the body as `structuredContent` (under `result` when it is not an
 * object) and a short text rendering, or with an MCP tool error (`isError`) whose text holds the
 * status, operation, request id and error body, none of which can hold the token.
 */
export async function callTool(
  { client, unwrap }: ProviderClient,
  tool: Tool,
  args: Record<string, unknown> = {},
): Promise<ToolResult> {
  const known = Object.keys((tool.definition.inputSchema.properties as object | undefined) ?? {});
  const unknown = Object.keys(args).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const takes = known.length > 0 ? `it takes ${known.join(", ")}` : "it takes none";
    return failure(
      `${tool.definition.name}: unknown argument${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; ${takes}.`,
    );
  }
  const params: Record<"path" | "query" | "header", Record<string, unknown>> = { path: {}, query: {}, header: {} };
  for (const { name, in: place } of tool.parameters) if (args[name] !== undefined) params[place][name] = args[name];
  const method = (client as Record<string, unknown>)[tool.method] as
    | ((path: string, init: object) => Promise<ClientResult>)
    | undefined;
  if (typeof method !== "function") return failure(`${tool.definition.name}: the client has no ${tool.method} method.`);
  let result: ClientResult;
  try {
    result = await method(tool.path, { params, ...(args.body === undefined ? {} : { body: args.body }) });
  } catch (error) {
    // No response (a dropped connection, a timeout), or arguments the client cannot send.
    return errorResult(tool, error);
  }
  if (result.error !== undefined) {
    // `error` is the parsed error body; `unwrap` throws the ApiError around it (status, request id, …).
    try {
      unwrap(result as never);
    } catch (error) {
      return errorResult(tool, error);
    }
    return errorResult(tool, result.error);
  }
  const status = result.response?.status;
  const operation = `${tool.method} ${tool.path}`;
  const { requestId } = result;
  const summary = `${tool.definition.name}: ${operation} → ${status ?? "?"}${requestId ? ` (request id ${requestId})` : ""}`;
  if (result.data === undefined) return { content: [{ type: "text", text: `${summary}, no body.` }] };
  const rendered = JSON.stringify(result.data, null, 2);
  const text =
    rendered.length > TEXT_LIMIT
      ? `${rendered.slice(0, TEXT_LIMIT)}\n… (${rendered.length - TEXT_LIMIT} more characters in structuredContent)`
      : rendered;
  const isObject = typeof result.data === "object" && result.data !== null && !Array.isArray(result.data);
  return {
    content: [{ type: "text", text: `${summary}\n${text}` }],
    structuredContent:
      tool.wrapsResult || !isObject ? { result: result.data } : (result.data as Record<string, unknown>),
  };
}
