#!/usr/bin/env node
// pnpm docs:serve [--port <n>] [--host <address>]: serves site/dist/ for local browsing, on 127.0.0.1
// port 4400 unless told otherwise, and beside it every provider's mock (its client package's /mock
// handlers on MSW, as `pnpm mock` serves them) under /mock/<provider>/, on the same origin, so "Test
// Request" in a reference works with no network and no CORS. The browser tests start the same server on
// a free port.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createServer as createMockApp } from "@mswjs/http-middleware";
import sirv from "sirv";
import { fail, parseCommandLine } from "../scripts/cli.mjs";
import { workspaceProviders } from "../scripts/providers.mjs";
import { mockPath } from "./mock-path.mjs";

const root = join(import.meta.dirname, "..");
const siteDir = join(import.meta.dirname, "dist");

/** `{ prefix, app }` per provider whose client package is built: its mock, mounted at `/<mockPath>`. */
async function mocks() {
  const mounted = [];
  for (const { slug, client } of workspaceProviders(root)) {
    const entry = client && join(client.dir, "dist", "mock.mjs");
    if (!entry || !existsSync(entry)) continue;
    const document = JSON.parse(readFileSync(join(client.dir, "openapi.json"), "utf8"));
    const prefix = `/${mockPath(slug, document)}`;
    const { createHandlers } = await import(pathToFileURL(entry).href);
    mounted.push({ slug, prefix, app: createMockApp(...createHandlers({ baseUrl: prefix, operationHeader: true })) });
  }
  return mounted;
}

/**
 * Serves site/dist/ and the mocks on `host`:`port` (port 0: a free one). Resolves with its origin (no
 * trailing slash), the mocks' `{ slug, prefix }`, every request the mocks answered (`method url`, and its
 * `authorization` header) and a `close` function; rejects when site/dist/ has not been built.
 */
export async function startSiteServer({ port = 0, host = "127.0.0.1" } = {}) {
  if (!existsSync(join(siteDir, "index.html"))) throw new Error("site/dist/ is not built: run `pnpm run docs` first.");
  const files = sirv(siteDir, { dev: true });
  const mounted = await mocks();
  const mockRequests = [];
  const server = createServer((request, response) => {
    const mock = mounted.find(({ slug }) => request.url.startsWith(`/mock/${slug}/`));
    if (!mock) return files(request, response);
    mockRequests.push({ method: request.method, url: request.url, authorization: request.headers.authorization });
    return mock.app(request, response);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    mocks: mounted.map(({ slug, prefix }) => ({ slug, prefix })),
    mockRequests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine(
    "docs:serve",
    `usage: pnpm docs:serve [--port <n>] [--host <address>]

Serves the built API reference (site/dist/, from \`pnpm run docs\`) on http://127.0.0.1:4400/, and each
provider's mock under /mock/<provider>/ for the references' "Test Request".
  --port <n>          the port (default 4400; 0 picks a free one)
  --host <address>    the address to listen on (default 127.0.0.1)`,
    { options: { port: { type: "string", default: "4400" }, host: { type: "string", default: "127.0.0.1" } } },
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail("docs:serve", `--port must be a port number (0-65535), got "${values.port}".`);
  try {
    const { url, mocks: served } = await startSiteServer({ port, host: values.host });
    console.log(`docs:serve: ${url}/ (Ctrl-C to stop)`);
    for (const { slug, prefix } of served) console.log(`  ${slug} mock: ${url}${prefix}`);
  } catch (error) {
    fail("docs:serve", error.code === "EADDRINUSE" ? `port ${port} is in use; pass --port <n>.` : error.message);
  }
}
