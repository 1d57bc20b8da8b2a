import { execFile } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

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

/** How a command ended: its exit code (null when killed) and what it printed. */
export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without a shell and resolves with how it ended, whatever the exit code. What it
 * printed is plain text: terminal colour codes are removed.
 */
export function exec(command: string, args: string[], options: RunOptions): Promise<Outcome> {
  return new Promise((resolve) => {
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
      (error, rawStdout, rawStderr) => {
        // Tools colour their output when they think a terminal or a CI log reads it (CI=true does it
        // for chalk); tests assert on the text, so the colours go.
        const stdout = stripVTControlCharacters(rawStdout);
        const stderr = stripVTControlCharacters(rawStderr);
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        // A command that could not start (ENOENT) printed nothing; say why.
        resolve({ code, stdout, stderr: error && code === null && !error.killed ? error.message : stderr });
      },
    );
  });
}

/**
 * Runs a command without a shell and resolves with its stdout. On a non-zero exit, a signal or the
 * timeout, rejects with an error naming the command and folder and quoting the end of its output.
 */
export async function run(command: string, args: string[], options: RunOptions): Promise<string> {
  const { code, stdout, stderr } = await exec(command, args, options);
  if (code === 0) return stdout;
  const how = code === null ? `was killed (time limit ${options.timeoutMs} ms)` : `failed (exit code ${code})`;
  throw new Error(`\`${[command, ...args].join(" ")}\` in ${options.cwd} ${how}:\n${tail(`${stdout}\n${stderr}`)}`);
}
