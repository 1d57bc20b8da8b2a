#!/usr/bin/env node
/**
 * `specfirst-mcp <provider> [options]`: an MCP server over stdio for the installed
 * `@specfirst/<provider>`. stdout carries the protocol only; every message of this CLI goes to stderr.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { serverId } from "@specfirst/openapi-model";
import { loadProvider, StartupError } from "./provider.js";
import { createMcpServer, selectTools } from "./server.js";

const USAGE = `usage: specfirst-mcp <provider> [options]

Serves the operations of @specfirst/<provider> (installed in this project) as MCP tools over stdio.
  <provider>            polar, vpsbg, novaproxy, … (the client package's name without @specfirst/)
  --token-env <NAME>    the environment variable holding the API token (default <PROVIDER>_TOKEN)
  --base-url <url>      call this base URL instead of the spec's server
  --server <name>       call the spec's server of this name (Polar: production, sandbox)
  --read-only           offer only the operations that change nothing (GET)
  --tags <a,b,…>        offer only the tools of these tags or tag groups (e.g. servers,floating-ips)
  --tools <a,b,…>       offer only these tools (operationIds)
  -h, --help            print this and exit`;

function exit(message: string): never {
  process.stderr.write(`specfirst-mcp: ${message}\n`);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        "token-env": { type: "string" },
        "base-url": { type: "string" },
        server: { type: "string" },
        "read-only": { type: "boolean", default: false },
        tools: { type: "string" },
        tags: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    exit(`${(error as Error).message.split(/\. (?=To specify)/)[0]}\n\n${USAGE}`);
  }
}

const { values, positionals } = parse();
if (values.help) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(0);
}
const [slug, ...extra] = positionals;
if (!slug || extra.length > 0) exit(`give exactly one provider.\n\n${USAGE}`);

try {
  const provider = await loadProvider(slug, [join(process.cwd(), "package.json"), import.meta.url]);
  const variable = values["token-env"] ?? `${slug.replace(/-/g, "_").toUpperCase()}_TOKEN`;
  const token = process.env[variable];
  if (!token)
    throw new StartupError(
      `set ${variable} to the ${provider.document.info.title} token (it is never read from the command line).`,
    );
  // Only servers the spec names (`x-speakeasy-server-id`) can be chosen by name.
  const servers = (provider.document.servers ?? []).filter(
    (server) => typeof server["x-speakeasy-server-id"] === "string",
  );
  let baseUrl = values["base-url"];
  if (values.server !== undefined) {
    if (baseUrl !== undefined) throw new StartupError("give --base-url or --server, not both.");
    const named = servers.find((server) => serverId(server) === values.server);
    if (!named) {
      throw new StartupError(
        servers.length > 0
          ? `no server "${values.server}" in ${provider.packageName}'s spec; its servers are ${servers.map(serverId).join(", ")}.`
          : `${provider.packageName}'s spec names no servers to choose from; pass --base-url.`,
      );
    }
    baseUrl = named.url;
  }
  const list = (value: string | undefined) =>
    value
      ?.split(",")
      .map((name) => name.trim())
      .filter(Boolean);
  const tools = list(values.tools);
  const tags = list(values.tags);
  let client: Record<string, unknown>;
  try {
    client = provider.createClient({ token, ...(baseUrl === undefined ? {} : { baseUrl }) });
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const options = {
    document: provider.document,
    client: { client, unwrap: provider.unwrap },
    readOnly: values["read-only"],
    tools,
    tags,
  };
  try {
    selectTools(provider.document, options);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const server = createMcpServer({ ...options, name: `specfirst-${slug}`, version: provider.version });
  await server.connect(new StdioServerTransport());
  const count = selectTools(provider.document, options).length;
  process.stderr.write(
    `specfirst-mcp: ${provider.packageName} ${provider.version}, ${count} tool${count === 1 ? "" : "s"}, calling ${baseUrl ?? provider.document.servers?.[0]?.url ?? "the client's default host"}\n`,
  );
} catch (error) {
  if (error instanceof StartupError) exit(error.message);
  throw error;
}
