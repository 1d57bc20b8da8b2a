#!/usr/bin/env node
/**
 * `specfirst-mock <provider> [--port 4010] [--host 127.0.0.1]`: serves a client package's mocks
 * (`@specfirst/<provider>/mock`, from the project it runs in) over HTTP, logging each request with the
 * operation that answered, until SIGINT or SIGTERM.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createServer as createMockApp } from "@mswjs/http-middleware";
import type { HttpHandler } from "msw";

const USAGE = `usage: specfirst-mock <provider> [--port <number>] [--host <address>]

Serves the mocks of @specfirst/<provider> (installed in this project) over HTTP.
  <provider>        polar, vpsbg, novaproxy, … (the client package's name without @specfirst/)
  --port <number>   port to listen on (default 4010; 0 picks a free one)
  --host <address>  address to listen on (default 127.0.0.1)`;

function exit(message: string): never {
  console.error(`specfirst-mock: ${message}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    exit(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [provider, ...extra] = positionals;
if (!provider || extra.length > 0) exit(`give exactly one provider.\n\n${USAGE}`);
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(provider)) {
  exit(`"${provider}" is not a provider name: use the client package's name without @specfirst/, e.g. polar.`);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  exit(`--port must be an integer from 0 to 65535 (got "${values.port}").`);
}

/** `@specfirst/<provider>/<subpath>`, from the project in the working directory, else beside this CLI. */
function resolveFromProject(subpath: string): string {
  const request = `@specfirst/${provider}/${subpath}`;
  for (const from of [join(process.cwd(), "package.json"), import.meta.url]) {
    try {
      return createRequire(from).resolve(request);
    } catch {}
  }
  exit(
    `@specfirst/${provider} is not installed here. Install it (npm install --save-dev @specfirst/${provider} msw) ` +
      `or run: npx -p @specfirst/mock -p @specfirst/${provider} specfirst-mock ${provider}`,
  );
}

const document = JSON.parse(readFileSync(resolveFromProject("openapi.json"), "utf8")) as {
  info?: { title?: string };
  servers?: { url: string }[];
};
const mocks = (await import(pathToFileURL(resolveFromProject("mock")).href)) as {
  createHandlers(options: { baseUrl: string; operationHeader: boolean }): HttpHandler[];
};
// The spec's base path stays: a client reaches the mock by swapping only the origin of its base URL.
const basePath = new URL(document.servers?.[0]?.url ?? "http://localhost").pathname.replace(/\/$/, "");
const app = createMockApp(...mocks.createHandlers({ baseUrl: basePath, operationHeader: true }));

const server = createServer((request, response) => {
  const started = performance.now();
  response.on("finish", () => {
    const operation = response.getHeader("x-mock-operation") ?? (response.statusCode === 501 ? "not in the spec" : "-");
    const milliseconds = Math.round(performance.now() - started);
    console.log(`${request.method} ${request.url} → ${String(operation)} ${response.statusCode} (${milliseconds} ms)`);
  });
  app(request, response);
});

server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    exit(`port ${port} on ${values.host} is in use: stop what listens there, or choose another with --port <number>.`);
  }
  exit(`cannot listen on ${values.host}:${port}: ${error.message}`);
});

server.listen(port, values.host, () => {
  const address = server.address();
  const origin = typeof address === "object" && address ? `http://${values.host}:${address.port}` : String(address);
  const title = document.info?.title ?? provider;
  console.log(`${title} mock on ${origin}${basePath} (base URL for the client); Ctrl+C stops it.`);
});

function stop(signal: string) {
  console.log(`specfirst-mock: ${signal}, stopping.`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once("SIGINT", () => stop("SIGINT"));
process.once("SIGTERM", () => stop("SIGTERM"));
