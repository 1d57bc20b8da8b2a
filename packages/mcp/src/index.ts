/**
 * `@specfirst/mcp`: a Model Context Protocol server for an installed `@specfirst/<provider>` client,
 * its tools derived from the provider's bundled spec and called through the client. Most users run the
 * `specfirst-mcp` bin; these are its parts, for embedding the server or listing its tools.
 */
export { callTool, type ProviderClient, type ToolResult } from "./call.js";
export { loadProvider, type Provider, StartupError } from "./provider.js";
export type { OpenApiDocument, Schema } from "./schema.js";
export { createMcpServer, type McpServerOptions, selectTools } from "./server.js";
export { type Tool, type ToolDefinition, toolsFromSpec } from "./tools.js";
