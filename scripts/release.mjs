#!/usr/bin/env node
// The two release commands of RELEASING.md, each a list of steps run in order, stopping at the first that
// fails (with its exit code):
//   pnpm version-packages  changeset version (new versions, CHANGELOG entries), then the lockfile
//   pnpm release           the generated-code check, the build, the package checks, then changeset publish
// As scripts rather than `a && b` lines in package.json, so that `--help` prints what they do instead
// of running the first steps.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fail, parseCommandLine } from "./cli.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const commands = {
  "version-packages": {
    summary: "Applies the pending changesets: new versions and CHANGELOG entries, then updates the lockfile.",
    steps: [
      ["changeset", "version"],
      ["pnpm", "install", "--lockfile-only"],
    ],
  },
  release: {
    summary: "Checks the generated code, builds, checks every package's tarball, then publishes what is unpublished.",
    steps: [
      ["pnpm", "check:generated"],
      ["pnpm", "build"],
      ["pnpm", "check:packages"],
      ["changeset", "publish"],
    ],
  },
};

const name = process.argv[2];
const command = commands[name];
if (!command) fail("release", `name one of: ${Object.keys(commands).join(", ")}.`);
process.argv.splice(2, 1);
parseCommandLine(
  name,
  `usage: pnpm ${name}

${command.summary} (RELEASING.md)
Runs, stopping at the first that fails:
${command.steps.map((step) => `  ${step.join(" ")}`).join("\n")}`,
);
for (const [program, ...args] of command.steps) {
  const run = spawnSync(program, args, { cwd: root, stdio: "inherit", shell: false });
  if (run.error)
    fail(name, `${program} could not start (${run.error.message}): run this as \`pnpm ${name}\` after pnpm install.`);
  if (run.status !== 0) fail(name, `\`${[program, ...args].join(" ")}\` failed (see above).`, run.status ?? 1);
}
