import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exec, type Outcome, run } from "./run.js";

const minute = 60_000;

/**
 * How long a whole `pnpm test` (or a cold pipeline that ends in it) may take in a copy: the site's
 * browser tests included, on a 2-core machine that runs other e2e tests beside (about 7 minutes alone).
 */
export const wholeTestRunMs = 30 * minute;

/** The checkout these tests belong to. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Copies the checkout into `dir` and commits it there on a branch `main`: its working tree (tracked and
 * untracked files, minus what .gitignore excludes), or with `source: "HEAD"` its last commit only and
 * no pending changeset, so that nothing the maintainer has not committed (a changeset, a scaffolded
 * provider, a spec edit) nor a release in preparation can change what a test sees.
 */
export async function copyWorkspace(from: string, dir: string, source: "HEAD" | "working tree"): Promise<void> {
  if (source === "HEAD") {
    await run("sh", ["-c", 'git archive --format=tar HEAD | tar -x -C "$1"', "sh", dir], {
      cwd: from,
      timeoutMs: minute,
    });
    // With no release pending: a changeset committed for the next release cannot change what the
    // workflow tests expect of spec:diff and the changelogs.
    for (const file of readdirSync(join(dir, ".changeset"))) {
      if (file.endsWith(".md") && file !== "README.md") rmSync(join(dir, ".changeset", file));
    }
  } else {
    const listed = await run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
      cwd: from,
      timeoutMs: minute,
    });
    for (const file of listed.split("\0")) {
      // A tracked file deleted in the working tree is still listed; it is not part of the copy.
      if (file && existsSync(join(from, file))) cpSync(join(from, file), join(dir, file));
    }
  }
  const git = (...args: string[]) => run("git", args, { cwd: dir, timeoutMs: minute });
  await git("init", "--quiet", "--initial-branch=main");
  await git("config", "user.name", "e2e");
  await git("config", "user.email", "e2e@127.0.0.1");
  await git("add", "--all");
  await git("commit", "--quiet", "--message=copy");
}

/** A throwaway copy of the workspace at `HEAD`, installed, to edit specs in and run the maintainer's commands. */
export interface WorkspaceCopy {
  dir: string;
  /** Runs a command in the copy (10 minutes at most) and resolves with how it ended. */
  exec(command: string, args: string[], env?: Record<string, string | undefined>): Promise<Outcome>;
  /**
   * Runs a command in the copy (10 minutes at most, or `timeoutMs`) and resolves with its stdout;
   * rejects when it fails.
   */
  run(command: string, args: string[], env?: Record<string, string | undefined>, timeoutMs?: number): Promise<string>;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Rewrites a file of the copy; `edit` must change it, so a test never edits nothing by mistake. */
  edit(file: string, edit: (text: string) => string): void;
  /** Puts back every tracked file and removes untracked ones (build outputs, which are ignored, stay). */
  reset(): Promise<void>;
  remove(): void;
}

export async function createWorkspaceCopy(): Promise<WorkspaceCopy> {
  const dir = mkdtempSync(join(tmpdir(), "specfirst-workspace-"));
  const options = (env?: Record<string, string | undefined>, timeoutMs = 10 * minute) => ({ cwd: dir, env, timeoutMs });
  try {
    // The last commit, so what the maintainer has not committed cannot change what the tests expect.
    await copyWorkspace(repoRoot, dir, "HEAD");
    await run("pnpm", ["install", "--offline", "--frozen-lockfile"], options());
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    exec: (command, args, env) => exec(command, args, options(env)),
    run: (command, args, env, timeoutMs) => run(command, args, options(env, timeoutMs)),
    read: (file) => readFileSync(join(dir, file), "utf8"),
    write: (file, text) => writeFileSync(join(dir, file), text),
    edit(file, edit) {
      const before = readFileSync(join(dir, file), "utf8");
      const after = edit(before);
      if (after === before) throw new Error(`the edit left ${file} unchanged`);
      writeFileSync(join(dir, file), after);
    },
    async reset() {
      await run("git", ["checkout", "--quiet", "--", "."], options());
      await run("git", ["clean", "--quiet", "--force", "-d"], options());
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
