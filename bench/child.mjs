// A bench measurement in a fresh Node process: the child script does the work and sends one message
// with its figures, then exits.
import { fork } from "node:child_process";
import { join } from "node:path";

/**
 * Forks `bench/<script>` with `args` (and Node's `execArgv`); resolves with the message it sent, or
 * rejects, naming `what`, when it exits without one.
 */
export function runInChild(script, args, what, execArgv = []) {
  const child = fork(join(import.meta.dirname, script), args, {
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let result;
    child.once("message", (message) => {
      result = message;
    });
    child.once("error", reject);
    child.once("exit", (code) => (result ? resolve(result) : reject(new Error(`bench: ${what} exited (${code}).`))));
  });
}
