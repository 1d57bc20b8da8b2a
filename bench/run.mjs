#!/usr/bin/env node
// pnpm bench [--check] [--all | --only size,requests,memory,pipeline,typecheck]: builds what the suites
// measure, then measures them side by side on this machine, prints a table per suite and one table of
// where each contender stands, and writes bench/results.json (machine, Node version, every figure as
// min/median/max). By default every suite but the pipeline one (which reruns the whole build and test
// graph in copies of the workspace, 10 minutes and more) runs; --all or --only pipeline runs it too.
// --check compares the figures with bench/budgets.json and exits 1 when one is over its budget: sizes in
// exact bytes (and under a cap), times and memory as ratios to a peer measured in the same run.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fail, parseCommandLine } from "../scripts/cli.mjs";
import { checkBudgets } from "./budgets.mjs";
import { measureMemory } from "./memory.mjs";
import { measurePipeline } from "./pipeline.mjs";
import { measureRequests } from "./requests.mjs";
import { measureSizes } from "./size.mjs";
import { measureTypecheck } from "./typecheck.mjs";

/** How long each suite that ran took, in seconds (printed at the end, and kept in results.json). */
const durations = {};
/** `measure`, recording how long it takes under `name`. */
const timed =
  (name, measure) =>
  async (...args) => {
    const started = performance.now();
    try {
      return await measure(...args);
    } finally {
      durations[name] = Math.round((performance.now() - started) / 1000);
    }
  };
const suites = {
  size: timed("size", measureSizes),
  requests: timed("requests", measureRequests),
  memory: timed("memory", measureMemory),
  pipeline: timed("pipeline", measurePipeline),
  typecheck: timed("typecheck", measureTypecheck),
};

/** The suites a plain `pnpm bench` runs: all but the pipeline, which takes longer than the rest together. */
const DEFAULT_SUITES = ["size", "requests", "memory", "typecheck"];

const usage = `usage: pnpm bench [--check] [--all | --only <suites>]

Builds what it measures, then measures our clients against their peers, side by side, and writes
bench/results.json.
  --only <suites>   a comma-separated list of: ${Object.keys(suites).join(", ")}
                    (default: ${DEFAULT_SUITES.join(", ")}; about 1½ minutes on 2 cores)
  --all             every suite, pipeline included (about 16 minutes more)
  --check           exit 1 when a figure is outside bench/budgets.json`;
const { values } = parseCommandLine("bench", usage, {
  options: {
    check: { type: "boolean", default: false },
    only: { type: "string" },
    all: { type: "boolean", default: false },
  },
});
if (values.all && values.only) fail("bench", `give --all or --only, not both.\n\n${usage}`);
const selected = values.all ? Object.keys(suites) : values.only ? values.only.split(",") : DEFAULT_SUITES;
const unknown = selected.filter((name) => !(name in suites));
if (unknown.length > 0)
  fail("bench", `unknown suite ${unknown.join(", ")}; choose from ${Object.keys(suites).join(", ")}.`);

// The packages the suites import, built (Turbo replays what is up to date).
const built = spawnSync(
  "pnpm",
  ["turbo", "run", "build", "--filter=@specfirst/bench...", "--output-logs=errors-only"],
  {
    cwd: join(import.meta.dirname, ".."),
    stdio: "inherit",
  },
);
if (built.status !== 0) fail("bench", "the build failed (see above); fix it, then run pnpm bench again.");

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores: availableParallelism(), memoryBytes: totalmem() },
  node: process.version,
  suites: {},
};

if (selected.includes("size")) {
  const rows = await suites.size();
  // A size is the same in every run: min, median and max are that one figure.
  results.suites.size = rows.map(({ name, ours, validates, min, gzip, mockBytes, validateBytes, gzipVsOurs }) => ({
    name,
    ours,
    validates,
    mockBytes,
    validateBytes,
    minBytes: { min, median: min, max: min },
    gzipBytes: { min: gzip, median: gzip, max: gzip },
    gzipVsOurs,
  }));
  console.log(
    "Bundle size of a minimal “list orders” program, of one that validates the responses (all operations', or listOrders' only) and of one that lists through paginate (esbuild, minified ESM, browser; @polar-sh/sdk always validates with zod):",
  );
  console.table(
    rows.map(({ name, min, gzip, gzipVsOurs }) => ({
      contender: name,
      min: kilobytes(min),
      gzip: kilobytes(gzip),
      "gzip ÷ @specfirst/polar": `${gzipVsOurs.toFixed(2)}×`,
    })),
  );
}

if (selected.includes("requests")) {
  const rows = await suites.requests();
  results.suites.requests = rows;
  const ratio = (value) => `${value.toFixed(2)}×`;
  for (const mode of ["sequential", "concurrent"]) {
    const of = rows.filter((row) => row.mode === mode);
    console.log(
      `Request overhead, ${mode === "sequential" ? "one request at a time" : `${of[0].inFlight} in flight`} (one page of 10 Polar orders from a local server; medians of ${of[0].requestsPerSecond.runs} rounds):`,
    );
    console.table(
      of.map((row) => ({
        contender: row.name,
        "req/s": Math.round(row.requestsPerSecond.median),
        "÷ raw fetch": ratio(row.requestsPerSecondVsFetch.median),
        "CPU µs/req": Math.round(row.cpuMicrosPerRequest.median),
        "CPU ÷ raw fetch": ratio(row.cpuVsFetch.median),
        "req/s ÷ openapi-fetch": ratio(row.requestsPerSecondVsOpenapiFetch.median),
        "CPU ÷ openapi-fetch": ratio(row.cpuVsOpenapiFetch.median),
      })),
    );
  }
}

if (selected.includes("memory")) {
  const rows = await suites.memory();
  results.suites.memory = rows;
  const megabytes = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
  console.log(
    `Peak memory of one call reading a ${megabytes(rows[0].bodyBytes)} list page of ${rows[0].items.toLocaleString("en-US")} Polar orders (a fresh process per call; ${rows[0].peakBytes.runs} runs):`,
  );
  console.table(
    rows.map((row) => ({
      contender: row.name,
      "peak min": megabytes(row.peakBytes.min),
      "peak median": megabytes(row.peakBytes.median),
      "peak max": megabytes(row.peakBytes.max),
      "÷ raw fetch": `${row.peakVsFetch.median.toFixed(2)}×`,
    })),
  );
}

if (selected.includes("pipeline")) {
  const pipeline = await suites.pipeline();
  results.suites.pipeline = pipeline;
  const seconds = (value) => `${value.toFixed(2)} s`;
  console.log("Pipeline cost of `pnpm build` and `pnpm test` in a copy of the workspace (medians):");
  console.table([
    ...pipeline.build.map((row) => ({
      command: `pnpm build, ${row.providers} providers`,
      cold: seconds(row.coldSeconds),
      warm: seconds(row.warmSeconds.median),
      "one spec edited": seconds(row.oneSpecEditSeconds.median),
      "the next run": seconds(row.nextAfterEditSeconds.median),
    })),
    {
      command: `pnpm test, ${pipeline.test.providers} providers`,
      cold: seconds(pipeline.test.coldSeconds),
      warm: seconds(pipeline.test.warmSeconds),
      "one spec edited": seconds(pipeline.test.oneSpecEditSeconds),
    },
  ]);
  const [few, many] = pipeline.build;
  console.log(
    `build warm ÷ cold ${pipeline.warmVsCold.toFixed(2)}×; test warm ÷ cold ${pipeline.testWarmVsCold.toFixed(2)}×, one spec edited ÷ cold ${pipeline.testOneSpecEditVsCold.toFixed(2)}×; one spec edited with ${many.providers} providers ÷ with ${few.providers}: ${pipeline.oneSpecEditManyVsFew.toFixed(2)}×`,
  );
}

if (selected.includes("typecheck")) {
  const rows = await suites.typecheck();
  results.suites.typecheck = rows;
  console.log(
    `Type-check cost of one call per operation (tsc --noEmit --extendedDiagnostics, skipLibCheck; medians of ${rows[0].totalSeconds.runs} runs):`,
  );
  console.table(
    rows.map((row) => ({
      consumer: row.name,
      "check s": row.checkSeconds.median.toFixed(2),
      "total s": row.totalSeconds.median.toFixed(2),
      "total ÷ sdk 0.49": `${row.totalVsPeer.median.toFixed(2)}×`,
      instantiations: row.instantiations.median,
      memory: `${Math.round(row.memoryBytes.median / 1e6)} MB`,
    })),
  );
}

// The one table of where each contender stands: its headline ratio in every suite that ran. A suite
// measuring a contender in several ways (standalone and full client; list and + paginate; 1 and 32 in
// flight) shows each, "a / b". A row belongs to the longest family its name starts with, so "raw fetch +
// timeout signal" is a contender of its own, not a second figure of raw fetch (and "+ validate" is not
// a second figure of @specfirst/polar).
const families = [
  "@specfirst/polar",
  "@specfirst/polar + validate",
  "openapi-fetch 0.17.0",
  "@polar-sh/sdk 0.49.0",
  "@polar-sh/sdk 1.0.1",
  "raw fetch",
  "raw fetch + timeout signal",
];
const familyOf = (name) =>
  families.filter((family) => name.startsWith(family)).reduce((a, b) => (b.length > a.length ? b : a), "");
const column =
  (rows = [], ratioOf) =>
  (family) =>
    rows
      .filter((row) => familyOf(row.name) === family)
      .map((row) => `${ratioOf(row).toFixed(2)}×`)
      .join(" / ") || "—";
const columns = {
  "gzip ÷ @specfirst/polar": column(results.suites.size, (row) => row.gzipVsOurs),
  "req/s ÷ raw fetch (1 / 32 in flight)": column(results.suites.requests, (row) => row.requestsPerSecondVsFetch.median),
  "CPU/req ÷ raw fetch (1 / 32 in flight)": column(results.suites.requests, (row) => row.cpuVsFetch.median),
  "peak memory ÷ raw fetch": column(results.suites.memory, (row) => row.peakVsFetch.median),
  "tsc total ÷ sdk 0.49.0": column(results.suites.typecheck, (row) => row.totalVsPeer.median),
};
console.log(
  "Where each contender stands (medians; for sizes standalone / full client, list / + paginate, and + validate all / listOrders):",
);
console.table(
  families.map((family) => ({
    contender: family,
    ...Object.fromEntries(Object.entries(columns).map(([label, of]) => [label, of(family)])),
  })),
);

writeFileSync(join(import.meta.dirname, "results.json"), `${JSON.stringify({ ...results, durations }, null, 2)}\n`);
console.log(
  `bench: wrote bench/results.json; ${Object.entries(durations)
    .map(([name, seconds]) => `${name} took ${seconds} s`)
    .join(", ")}`,
);

if (values.check) {
  const over = checkBudgets(results);
  if (over.length > 0) fail("bench", `over budget:\n${over.map((line) => `  - ${line}`).join("\n")}`);
  console.log("bench: every figure is within bench/budgets.json.");
}
