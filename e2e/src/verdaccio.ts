import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** A Verdaccio registry on 127.0.0.1 with storage in a temporary folder and no uplinks. */
export interface LocalRegistry {
  /** Registry URL with a trailing slash, e.g. `http://127.0.0.1:41234/`, as npm config wants it. */
  url: string;
  /** A token of the `e2e` user, allowed to publish. */
  token: string;
  /** Process id of the Verdaccio server. */
  pid: number;
  /** Stops the server by its process id and waits (bounded) until it has exited. */
  stop(): Promise<void>;
}

const startTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;
const pollMs = 100;

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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("could not read a free port");
  return address.port;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/** Starts Verdaccio with its storage and config under `dir`, waits until it answers, and creates a user. */
export async function startVerdaccio(dir: string): Promise<LocalRegistry> {
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, config(join(dir, "storage")));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = createRequire(import.meta.url).resolve("verdaccio/bin/verdaccio");
  const child = spawn(process.execPath, [bin, "--config", configFile, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("Verdaccio did not start (no process id)");

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid as number, "SIGTERM");
    const done = await Promise.race([exited(child).then(() => true), sleep(stopTimeoutMs, false)]);
    if (!done) {
      process.kill(pid as number, "SIGKILL");
      await exited(child);
    }
  }

  try {
    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Verdaccio exited with code ${child.exitCode} while starting`);
      const ping = await fetch(`${url}-/ping`).catch(() => undefined);
      if (ping?.ok) break;
      if (Date.now() > deadline) throw new Error(`Verdaccio did not answer on ${url} within ${startTimeoutMs} ms`);
      await sleep(pollMs);
    }
    const response = await fetch(`${url}-/user/org.couchdb.user:e2e`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "e2e", password: "e2e-password" }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!response.ok || !token) throw new Error(`Verdaccio refused to create a user: HTTP ${response.status}`);
    return { url, token, pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
