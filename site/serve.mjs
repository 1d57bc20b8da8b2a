#!/usr/bin/env node
// pnpm docs:serve [--port <n>] [--host <address>]: serves site/dist/ for local browsing, on 127.0.0.1
// port 4400 unless told otherwise. The browser tests start the same server on a free port.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { parseCommandLine } from "../scripts/cli.mjs";

const siteDir = join(import.meta.dirname, "dist");

/**
 * Serves site/dist/ on `host`:`port` (port 0: a free one). Resolves with its origin (no trailing slash)
 * and a `close` function; rejects when site/dist/ has not been built.
 */
export async function startSiteServer({ port = 0, host = "127.0.0.1" } = {}) {
  if (!existsSync(join(siteDir, "index.html"))) throw new Error("site/dist/ is not built: run `pnpm run docs` first.");
  const server = createServer(sirv(siteDir, { dev: true }));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseCommandLine(
    "docs:serve",
    `usage: pnpm docs:serve [--port <n>] [--host <address>]

Serves the built API reference (site/dist/, from \`pnpm run docs\`) on http://127.0.0.1:4400/.
  --port <n>          the port (default 4400; 0 picks a free one)
  --host <address>    the address to listen on (default 127.0.0.1)`,
    { options: { port: { type: "string", default: "4400" }, host: { type: "string", default: "127.0.0.1" } } },
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`docs:serve: --port must be a port number (0-65535), got "${values.port}".`);
    process.exit(1);
  }
  try {
    const { url } = await startSiteServer({ port, host: values.host });
    console.log(`docs:serve: ${url}/ (Ctrl-C to stop)`);
  } catch (error) {
    console.error(
      `docs:serve: ${error.code === "EADDRINUSE" ? `port ${port} is in use; pass --port <n>.` : error.message}`,
    );
    process.exit(1);
  }
}
