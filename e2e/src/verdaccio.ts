import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { freePort, type ServerProcess, startServerProcess } from "./server-process.js";

/** A Verdaccio registry on 127.0.0.1 with storage in a temporary folder and no uplinks. */
export interface LocalRegistry extends ServerProcess {
  /** Registry URL with a trailing slash, e.g. `http://127.0.0.1:41234/`, as npm config wants it. */
  url: string;
  /** A token of the `e2e` user, allowed to publish. */
  token: string;
}

// Publishing needs a login; reading is open. Nothing leaves the machine: `uplinks` is empty, so a
// package this registry does not hold is a 404 (consumers get everything else from their usual registry).
const config = (storage: string) => `storage: ${storage}
auth:
  htpasswd:
    file: ${storage}/htpasswd
uplinks: {}
packages:
  "@specfirst/*":
    access: $all
    publish: $authenticated
  "**":
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`;

/** Starts Verdaccio with its storage and config under `dir`, waits until it answers, and creates a user. */
export async function startVerdaccio(dir: string): Promise<LocalRegistry> {
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, config(join(dir, "storage")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = createRequire(import.meta.url).resolve("verdaccio/bin/verdaccio");
  const server = await startServerProcess(
    "Verdaccio",
    bin,
    ["--config", configFile, "--listen", `127.0.0.1:${port}`],
    {},
    `${url}-/ping`,
  );
  try {
    const response = await fetch(`${url}-/user/org.couchdb.user:e2e`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "e2e", password: "e2e-password" }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!response.ok || !token) throw new Error(`Verdaccio refused to create a user: HTTP ${response.status}`);
    return { ...server, url, token };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
