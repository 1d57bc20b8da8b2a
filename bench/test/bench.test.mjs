import { describe, expect, it } from "vitest";
import { checkBudgets } from "../budgets.mjs";
import { measureRequests } from "../requests.mjs";
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
  const results = (scale) => ({
    suites: {
      size: [{ name: "@specfirst/polar", minBytes: figure(12070 * scale), gzipBytes: figure(4955 * scale) }],
      requests: [{ name: "@specfirst/polar", mode: "sequential", cpuVsFetch: figure(1.5 * scale) }],
      pipeline: { warmVsCold: figure(0.06 * scale) },
      typecheck: [{ name: "@specfirst/polar", totalVsPeer: figure(0.6 * scale), instantiationsVsBare: scale }],
    },
  });

  it("passes figures within bench/budgets.json", () => {
    expect(checkBudgets(results(1))).toEqual([]);
  });

  it("names every figure over its budget, with the measured value and the budget", () => {
    const over = checkBudgets(results(2));
    expect(over).toEqual([
      "@specfirst/polar min size: 24140 B, budget 12070 B",
      "@specfirst/polar gzip size: 9910 B, budget 4955 B",
      "@specfirst/polar CPU per request ÷ raw fetch (sequential): 3.000×, budget 2.000×",
      "pipeline warm ÷ cold: 0.120×, budget 0.100×",
      "@specfirst/polar type-check total ÷ @polar-sh/sdk 0.49.0: 1.200×, budget 0.800×",
      "@specfirst/polar instantiations ÷ bare openapi-fetch: 2.000×, budget 1.100×",
    ]);
  });
});

describe("request suite", () => {
  it("gets the full page from the local server with every contender, in both modes", async () => {
    const rows = await measureRequests({ rounds: 1, requests: 4, inFlight: 2, warmup: 1 });
    expect(rows.map(({ name, mode }) => `${mode} ${name}`).sort()).toEqual(
      ["raw fetch", "@specfirst/polar", "openapi-fetch 0.17.0 (bare)", "@polar-sh/sdk 0.49.0", "@polar-sh/sdk 1.0.1"]
        .flatMap((name) => [`sequential ${name}`, `concurrent ${name}`])
        .sort(),
    );
    for (const row of rows) {
      expect(row.requestsPerSecond.median).toBeGreaterThan(0);
      expect(row.cpuMicrosPerRequest.median).toBeGreaterThan(0);
    }
    expect(rows.filter(({ name }) => name === "raw fetch").map(({ cpuVsFetch }) => cpuVsFetch.median)).toEqual([1, 1]);
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
