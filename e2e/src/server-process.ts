import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A server started as a child process, stopped by its process id. */
export interface ServerProcess {
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and waits until it has exited. */
  stop(): Promise<void>;
}

const startTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;
const pollMs = 100;

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
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

/**
 * Runs `node <script> <args>` with `env` added, and waits (30 s at most) until `readyUrl` answers
 * with any HTTP status below 500. Stops the process again if it does not.
 */
export async function startServerProcess(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} did not start (no process id)`);

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(pid as number, "SIGTERM");
    const done = await Promise.race([exited(child).then(() => true), sleep(stopTimeoutMs, false)]);
    if (!done) {
      process.kill(pid as number, "SIGKILL");
      await exited(child);
    }
  }

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    const response = await fetch(readyUrl).catch(() => undefined);
    if (response && response.status < 500) return { pid, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on ${readyUrl} within ${startTimeoutMs} ms`);
    }
    await sleep(pollMs);
  }
}
