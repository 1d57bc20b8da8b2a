#!/usr/bin/env node
// pnpm dev: watches specs/ and, on every save, re-lints, re-bundles, regenerates and rebuilds the
// edited provider and what depends on it (its client package, the docs site) through Turbo, printing
// one line per step that ran. A failing step prints its error (Redocly names file, line and rule) and
// the watch goes on. Ctrl-C stops it.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { watch } from "chokidar";
import { parseCommandLine } from "./cli.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const specsDir = join(root, "specs");
const debounceMs = 200;

parseCommandLine(
  "dev",
  `usage: pnpm dev

Watches specs/: on every save, lints, bundles, regenerates and rebuilds the edited provider, its client
and the docs site, one line per step; a failing step prints its error and the watch goes on. Ctrl-C stops.`,
);

/** Spec package name of a changed file, e.g. specs/polar/paths/x.yaml → @specfirst/spec-polar. */
function specPackageOf(file) {
  const [slug] = relative(specsDir, file).split(sep);
  try {
    return JSON.parse(readFileSync(join(specsDir, slug, "package.json"), "utf8")).name;
  } catch {
    return undefined; // not inside a spec package (yet)
  }
}

/** Runs Turbo for the changed specs and their dependents; resolves with its output and run summary. */
function turbo(specPackages) {
  const filters = [...specPackages].map((name) => `--filter=...${name}`); // the spec and its dependents
  const args = ["turbo", "run", "lint", "build", ...filters, "--output-logs=errors-only", "--summarize"];
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["--silent", ...args], { cwd: root });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", () => {
      const summaryFile = output.match(/Summary:\s+(\S+\.json)/)?.[1];
      let summary;
      if (summaryFile) {
        summary = JSON.parse(readFileSync(summaryFile, "utf8"));
        rmSync(summaryFile, { force: true });
      }
      resolve({ output, summary });
    });
  });
}

// Lines of a task's log that say nothing about the error: Turbo's cache line, pnpm's script echo and
// exit notice, Redocly's boxed Node-version banner.
const noise = /^(cache miss|\s*>|\s*[╔║╚]|\s*ELIFECYCLE)/;

/** The error lines Turbo printed for one task, without its prefix, colours and noise. */
function errorOf(output, task) {
  const prefix = `${task.package}:${task.task}: `;
  return stripVTControlCharacters(output)
    .split("\n")
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length))
    .filter((line) => !noise.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function rebuild(specPackages) {
  const { output, summary } = await turbo(specPackages);
  if (!summary) {
    console.log(`✗ turbo did not run:\n${output.trim()}`);
    return;
  }
  const ran = summary.tasks
    .filter((task) => task.command !== "<NONEXISTENT>" && task.execution && task.cache.status === "MISS")
    .sort((a, b) => a.execution.startTime - b.execution.startTime);
  for (const task of ran) {
    const seconds = ((task.execution.endTime - task.execution.startTime) / 1000).toFixed(1);
    const ok = task.execution.exitCode === 0;
    console.log(`${ok ? "✓" : "✗"} ${task.taskId} ${seconds}s`);
    if (!ok) console.log(`${errorOf(output, task).replace(/^/gm, "    ")}`);
  }
  if (ran.length === 0) console.log("✓ nothing to rebuild (every step came from the cache)");
}

let pending = new Set();
let timer;
let running = Promise.resolve();

function schedule(file) {
  const name = specPackageOf(file);
  if (!name) return;
  pending.add(name);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const batch = pending;
    pending = new Set();
    // One Turbo run at a time; saves during a run are picked up by the next.
    running = running.then(async () => {
      console.log(`· ${[...batch].join(", ")} changed`);
      await rebuild(batch);
      console.log("dev: watching specs/ for changes");
    });
  }, debounceMs);
}

const watcher = watch(specsDir, {
  ignoreInitial: true,
  // Build outputs and Turbo's own logs change during a run; only sources trigger one.
  ignored: (path) => /[/\\](node_modules|dist|\.turbo)([/\\]|$)/.test(path),
});
watcher.on("all", (_event, file) => schedule(file));
watcher.on("ready", () => console.log("dev: watching specs/ for changes (Ctrl-C to stop)"));
watcher.on("error", (error) => console.error(`dev: watcher error: ${error.message}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await watcher.close();
    process.exit(0);
  });
}
