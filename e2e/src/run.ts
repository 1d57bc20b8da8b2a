import { execFile } from "node:child_process";

export interface RunOptions {
  cwd: string;
  /** Added to (and overriding) the inherited environment; an `undefined` value removes the variable. */
  env?: Record<string, string | undefined>;
  /** The command is killed after this long; every command here is bounded. */
  timeoutMs: number;
}

const tailLines = 60;

function tail(text: string): string {
  return text.trimEnd().split("\n").slice(-tailLines).join("\n");
}

/**
 * Runs a command without a shell and resolves with its stdout. On a non-zero exit, a signal or the
 * timeout, rejects with an error naming the command and folder and quoting the end of its output.
 */
export function run(command: string, args: string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: Object.fromEntries(
          Object.entries({ ...process.env, ...options.env }).filter(([, value]) => value !== undefined),
        ),
        timeout: options.timeoutMs,
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const how = error.killed
          ? `was killed after ${options.timeoutMs} ms`
          : `failed (${error.code ?? error.signal})`;
        reject(
          new Error(`\`${[command, ...args].join(" ")}\` in ${options.cwd} ${how}:\n${tail(`${stdout}\n${stderr}`)}`),
        );
      },
    );
  });
}
