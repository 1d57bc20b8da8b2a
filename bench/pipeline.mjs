// Pipeline cost, in a throwaway copy of the working tree (committed there, as the e2e tests need a
// HEAD): `pnpm build` cold (Turbo's cache ignored, --force), warm (everything from the cache) and after
// editing one spec, with the workspace's providers and again after scaffolding small providers up to
// `manyProviders` with `pnpm new-provider`; and `pnpm test` cold, warm and after the same spec edit.
// Seconds, and the ratios the budgets hold: warm ÷ cold, and a one-spec edit with many providers ÷
// the same edit with the workspace's own, which stays near 1 while each reference is a task of its own.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { scratchFolder } from "./scratch.mjs";
import { stats } from "./stats.mjs";

const root = join(import.meta.dirname, "..");
const editedSpec = "specs/polar/paths/v1_users_orders.yaml";
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

function inCopy(dir, command, args) {
  execFileSync(command, args, { cwd: dir, stdio: "ignore", env });
}

/** Copies the working tree into `dir`, commits it there (the e2e tests copy a HEAD) and installs it. */
function copyWorkspace(dir) {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const file of files.split("\0")) {
    if (file && existsSync(join(root, file))) cpSync(join(root, file), join(dir, file));
  }
  inCopy(dir, "git", ["init", "--quiet", "--initial-branch=main"]);
  inCopy(dir, "git", ["add", "--all"]);
  inCopy(dir, "git", ["-c", "user.name=bench", "-c", "user.email=bench@127.0.0.1", "commit", "--quiet", "-m", "copy"]);
  inCopy(dir, "pnpm", ["install", "--offline", "--frozen-lockfile"]);
}

/** Seconds one `pnpm <script>` (with `flags`) takes in `dir`. */
function timed(dir, script, ...flags) {
  const start = performance.now();
  inCopy(dir, "pnpm", [script, ...flags]);
  return (performance.now() - start) / 1000;
}

let edits = 0;
/** Edits one Polar summary, so that Polar's spec, client and reference tasks and the site rerun. */
function editSpec(dir) {
  const file = join(dir, editedSpec);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(/summary: List my orders.*/, `summary: List my orders (${++edits})`),
  );
}

/**
 * `pnpm build` cold once, then `runs` times: warm, after a one-spec edit, and the build after that
 * edit's. The last is timed on its own because Turbo hashes a task's committed outputs among its inputs:
 * the edit's build rewrites the committed `src/generated/`, so the next build reruns that provider's
 * generate, build and reference (and the site) once more before it is warm again.
 */
function measureBuild(dir, runs) {
  const cold = timed(dir, "build", "--force");
  const warm = [];
  const oneSpec = [];
  const afterEdit = [];
  for (let run = 0; run < runs; run++) {
    warm.push(timed(dir, "build"));
    editSpec(dir);
    oneSpec.push(timed(dir, "build"));
    afterEdit.push(timed(dir, "build"));
  }
  return {
    coldSeconds: cold,
    warmSeconds: stats(warm),
    oneSpecEditSeconds: stats(oneSpec),
    nextAfterEditSeconds: stats(afterEdit),
  };
}

/** Scaffolds small providers (one operation each, the template's) until `dir` has `count`. */
function scaffoldProviders(dir, count) {
  const existing = readdirSync(join(dir, "specs")).filter((slug) =>
    existsSync(join(dir, "specs", slug, "package.json")),
  );
  for (let index = existing.length + 1; index <= count; index++) {
    const slug = `bench-provider-${index}`;
    inCopy(dir, "pnpm", [
      "new-provider",
      slug,
      "--title",
      `Bench Provider ${index}`,
      "--server",
      `https://api.${slug}.dev`,
    ]);
  }
}

export async function measurePipeline({ runs = 3, manyProviders = 30 } = {}) {
  const scratch = scratchFolder("bench-pipeline");
  try {
    const dir = scratch.path;
    copyWorkspace(dir);
    const providers = readdirSync(join(dir, "specs")).filter((slug) =>
      existsSync(join(dir, "specs", slug, "package.json")),
    ).length;
    const build = measureBuild(dir, runs);
    // pnpm test once each: a cold run takes minutes (the e2e workflow tests among them).
    const testCold = timed(dir, "test", "--force");
    const testWarm = timed(dir, "test");
    editSpec(dir);
    const testEdit = timed(dir, "test");
    scaffoldProviders(dir, manyProviders);
    const many = measureBuild(dir, runs);
    return {
      build: [
        { providers, ...build },
        { providers: manyProviders, ...many },
      ],
      test: { providers, coldSeconds: testCold, warmSeconds: testWarm, oneSpecEditSeconds: testEdit },
      warmVsCold: build.warmSeconds.median / build.coldSeconds,
      testWarmVsCold: testWarm / testCold,
      testOneSpecEditVsCold: testEdit / testCold,
      oneSpecEditManyVsFew: many.oneSpecEditSeconds.median / build.oneSpecEditSeconds.median,
    };
  } finally {
    scratch.remove();
  }
}
