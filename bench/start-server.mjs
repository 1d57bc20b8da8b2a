// Starts bench/request-server.mjs in a child process, so the server's CPU time and memory never count
// against a client measured here. IPC uses the "advanced" (structured clone) serialization: the memory
// suite hands over a 50 MB body, which the default JSON serialization would escape and copy once more.
import { fork } from "node:child_process";
import { join } from "node:path";

/** Serves `bodies` (`{ [path]: json }`); resolves with `{ origin, stop }` once the server listens. */
export function startServer(bodies) {
  const child = fork(join(import.meta.dirname, "request-server.mjs"), {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench: the request server exited (${code}) before listening.`)));
    child.once("message", ({ port }) => resolve({ origin: `http://127.0.0.1:${port}`, stop: () => child.kill() }));
    child.send({ bodies });
  });
}
