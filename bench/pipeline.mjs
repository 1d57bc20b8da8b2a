// Pipeline cost: in a throwaway copy of the working tree, `pnpm build` cold (Turbo's cache ignored,
// --force), warm (everything from the cache), and after editing one spec (only that provider reruns),
// each repeated; seconds, and warm ÷ cold.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stats } from "./stats.mjs";

const root = join(import.meta.dirname, "..");
const editedSpec = "specs/polar/paths/v1_users_orders.yaml";

function copyWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "specfirst-bench-"));
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const file of files.split("\0")) {
    if (file && existsSync(join(root, file))) cpSync(join(root, file), join(dir, file));
  }
  execFileSync("pnpm", ["install", "--offline", "--frozen-lockfile"], { cwd: dir, stdio: "ignore" });
  return dir;
}

/** Seconds one `pnpm build` (with `flags`) takes in `dir`. */
function timedBuild(dir, ...flags) {
  const start = performance.now();
  execFileSync("pnpm", ["build", ...flags], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  return (performance.now() - start) / 1000;
}

export async function measurePipeline({ runs = 3 } = {}) {
  const dir = copyWorkspace();
  try {
    const cold = [];
    const warm = [];
    const oneSpec = [];
    for (let run = 0; run < runs; run++) {
      cold.push(timedBuild(dir, "--force"));
      warm.push(timedBuild(dir));
      const file = join(dir, editedSpec);
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(/summary: List my orders.*/, `summary: List my orders (${run})`),
      );
      oneSpec.push(timedBuild(dir));
    }
    return {
      coldSeconds: stats(cold),
      warmSeconds: stats(warm),
      oneSpecEditSeconds: stats(oneSpec),
      warmVsCold: stats(warm.map((seconds, run) => seconds / (cold[run] ?? seconds))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
