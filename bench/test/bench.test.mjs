import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBudgets } from "../budgets.mjs";
import { measureMemory } from "../memory.mjs";
import { measureRequests } from "../requests.mjs";
import { measureSizes, contenders as sizeContenders } from "../size.mjs";
import { stats } from "../stats.mjs";
import { measureTypecheck } from "../typecheck.mjs";

const figure = (value) => ({ min: value, median: value, max: value, runs: 1 });

describe("stats", () => {
  it("gives min, median (mean of the middle two when even), max and the number of runs", () => {
    expect(stats([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3, runs: 3 });
    expect(stats([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, runs: 4 });
  });
});

describe("checkBudgets", () => {
  // The exact sizes move with every change of the runtime, so they are read from budgets.json; the
  // ratios and the minimum are set by hand and written out here.
  const budgets = JSON.parse(readFileSync(join(import.meta.dirname, "..", "budgets.json"), "utf8"));
  const polar = budgets.size["@specfirst/polar"];
  const requests = (cpu, rps) =>
    ["sequential", "concurrent"].map((mode) => ({
      name: "@specfirst/polar",
      mode,
      cpuVsFetch: figure(1),
      requestsPerSecondVsFetch: figure(1),
      cpuVsOpenapiFetch: figure(cpu),
      requestsPerSecondVsOpenapiFetch: figure(rps),
    }));
  // Within every budget at scale 1; at scale 2 every maximum is doubled and every minimum halved.
  const results = (scale) => ({
    suites: {
      size: [
        {
          name: "@specfirst/polar",
          minBytes: figure(polar.minBytes * scale),
          gzipBytes: figure(polar.gzipBytes * scale),
        },
      ],
      requests: requests(1.15 * scale, 0.9 / scale),
      memory: [{ name: "@specfirst/polar", peakVsFetch: figure(2 * scale) }],
      pipeline: { warmVsCold: 0.06 * scale, testWarmVsCold: 0.06 * scale, oneSpecEditManyVsFew: 1.4 * scale },
      typecheck: [{ name: "@specfirst/polar", totalVsPeer: figure(0.6 * scale), instantiationsVsBare: scale }],
    },
  });

  it("passes figures within bench/budgets.json", () => {
    expect(checkBudgets(results(1))).toEqual([]);
  });

  it("names every figure outside its budget, with the measured value and the budget", () => {
    const gzip = polar.gzipBytes * 2;
    expect(checkBudgets(results(2))).toEqual([
      `@specfirst/polar min size: ${polar.minBytes * 2} B, budget ${polar.minBytes} B`,
      `@specfirst/polar gzip size: ${gzip} B, budget ${polar.gzipBytes} B`,
      "@specfirst/polar CPU per request ÷ openapi-fetch (sequential): 2.300×, budget 1.150×",
      "@specfirst/polar requests per second ÷ openapi-fetch (sequential): 0.450×, minimum 0.900×",
      "@specfirst/polar CPU per request ÷ openapi-fetch (concurrent): 2.300×, budget 1.150×",
      "@specfirst/polar requests per second ÷ openapi-fetch (concurrent): 0.450×, minimum 0.900×",
      "@specfirst/polar peak memory ÷ raw fetch: 4.000×, budget 2.000×",
      "pipeline build warm ÷ cold: 0.120×, budget 0.100×",
      "pipeline test warm ÷ cold: 0.120×, budget 0.100×",
      "pipeline one-spec edit, many providers ÷ few: 2.800×, budget 1.500×",
      "@specfirst/polar type-check total ÷ @polar-sh/sdk 0.49.0: 1.200×, budget 0.800×",
      "@specfirst/polar instantiations ÷ bare openapi-fetch: 2.000×, budget 1.100×",
    ]);
  });

  it("treats rpsVsOpenapiFetchMin as a minimum: faster than openapi-fetch passes", () => {
    expect(checkBudgets({ suites: { requests: requests(1, 1.5) } })).toEqual([]);
  });

  it("has exact bytes for every one of our size programs", () => {
    for (const { name } of sizeContenders.filter(({ ours }) => ours)) {
      expect(Number.isInteger(budgets.size[name]?.minBytes), name).toBe(true);
      expect(Number.isInteger(budgets.size[name]?.gzipBytes), name).toBe(true);
    }
  });
});

describe("size suite", () => {
  it("bundles every program, and paginate adds bytes to its provider's list program", async () => {
    const rows = await measureSizes();
    expect(rows.map(({ name }) => name)).toEqual(sizeContenders.map(({ name }) => name));
    for (const row of rows) expect(row.gzip).toBeGreaterThan(0);
    for (const row of rows.filter(({ name }) => name.endsWith(" + paginate"))) {
      const list = rows.find(({ name }) => name === row.name.replace(" + paginate", ""));
      expect(row.ours && list.ours).toBe(true);
      expect(row.min).toBeGreaterThan(list.min);
    }
    // None of our programs imports /mock, so none carries a byte of it (or of MSW).
    expect(rows.filter(({ ours }) => ours).map(({ name, mockBytes }) => [name, mockBytes])).toEqual(
      rows.filter(({ ours }) => ours).map(({ name }) => [name, 0]),
    );
    // Only the programs that import /validate carry its validators, and each of those does.
    expect(
      rows.filter(({ ours }) => ours).map(({ name, validates, validateBytes }) => [name, validates, validateBytes > 0]),
    ).toEqual(
      rows
        .filter(({ ours }) => ours)
        .map(({ name }) => [name, name.includes(" + validate"), name.includes(" + validate")]),
    );
    expect(rows.filter(({ name }) => name.endsWith(" + paginate")).map(({ name }) => name)).toEqual([
      "@specfirst/polar + paginate",
      "@specfirst/vpsbg + paginate",
    ]);
  });
});

describe("request suite", () => {
  it("gets the full page from the local server with every contender, in both modes", async () => {
    const rows = await measureRequests({ rounds: 1, requests: 4, inFlight: 2, warmup: 1 });
    expect(rows.map(({ name, mode }) => `${mode} ${name}`).sort()).toEqual(
      [
        "raw fetch",
        "raw fetch + timeout signal",
        "@specfirst/polar",
        "@specfirst/polar + validate",
        "openapi-fetch 0.17.0 (bare)",
        "@polar-sh/sdk 0.49.0",
        "@polar-sh/sdk 1.0.1",
      ]
        .flatMap((name) => [`sequential ${name}`, `concurrent ${name}`])
        .sort(),
    );
    for (const row of rows) {
      expect(row.requestsPerSecond.median).toBeGreaterThan(0);
      expect(row.cpuMicrosPerRequest.median).toBeGreaterThan(0);
    }
    expect(rows.filter(({ name }) => name === "raw fetch").map(({ cpuVsFetch }) => cpuVsFetch.median)).toEqual([1, 1]);
    expect(
      rows
        .filter(({ name }) => name === "openapi-fetch 0.17.0 (bare)")
        .map(({ cpuVsOpenapiFetch, requestsPerSecondVsOpenapiFetch }) => [
          cpuVsOpenapiFetch.median,
          requestsPerSecondVsOpenapiFetch.median,
        ]),
    ).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe("memory suite", () => {
  it("reads the whole page with every contender, each in a process of its own, and compares it with raw fetch", async () => {
    const rows = await measureMemory({ runs: 1, bodyBytes: 1e6 });
    expect(rows.map(({ name }) => name)).toEqual(["raw fetch", "@specfirst/polar", "openapi-fetch 0.17.0 (bare)"]);
    for (const row of rows) {
      expect(row.bodyBytes).toBeGreaterThanOrEqual(1e6);
      expect(row.peakBytes.min).toBeGreaterThan(0);
    }
    expect(rows[0].peakVsFetch.median).toBe(1);
  });
});

describe("type-check suite", () => {
  it("type-checks a consumer per client and peer, and compares our Polar client with bare openapi-fetch", async () => {
    const rows = await measureTypecheck({ runs: 1 });
    const polar = rows.find(({ name }) => name === "@specfirst/polar");
    expect(polar.instantiations.median).toBeGreaterThan(0);
    expect(polar.instantiationsVsBare).toBeGreaterThan(0);
    expect(rows.find(({ name }) => name.startsWith("@polar-sh/sdk 0.49.0")).totalVsPeer.median).toBe(1);
  });
});
