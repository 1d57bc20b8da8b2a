import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The figures of `results` outside their budget in bench/budgets.json, one line each. Sizes are budgeted
 * in exact bytes (they are deterministic), so any growth shows; raise a budget in the same change that
 * explains the growth. Times are budgeted as ratios to a peer measured in the same run (this
 * machine is noisy), compared by their median: CPU per request ÷ raw fetch's (each mode), pipeline warm ÷
 * cold (build and test) and a one-spec edit's build with 30 providers ÷ with the workspace's, type-check total time ÷ @polar-sh/sdk 0.49.0's; instantiations ÷ bare openapi-fetch's is exact,
 * and peak memory ÷ raw fetch's is a median too. Every budget is a maximum except those named `…Min`,
 * which a figure must reach: requests per second ÷ raw fetch's or ÷ bare openapi-fetch's (`rpsVsFetchMin`,
 * `rpsVsOpenapiFetchMin`, each mode). The ratios to bare openapi-fetch (`cpuVsOpenapiFetch`) are what our
 * contract costs on top of the library it is built on.
 */
export function checkBudgets(results) {
  const budgets = JSON.parse(readFileSync(join(import.meta.dirname, "budgets.json"), "utf8"));
  const over = [];
  const compare = (label, measured, budget, format) => {
    if (budget !== undefined && measured !== undefined && measured > budget) {
      over.push(`${label}: ${format(measured)}, budget ${format(budget)}`);
    }
  };
  const atLeast = (label, measured, minimum, format) => {
    if (minimum !== undefined && measured !== undefined && measured < minimum) {
      over.push(`${label}: ${format(measured)}, minimum ${format(minimum)}`);
    }
  };
  const bytes = (value) => `${value} B`;
  const ratio = (value) => `${value.toFixed(3)}×`;

  const { size = [], requests = [], memory = [], pipeline, typecheck = [] } = results.suites;
  for (const row of size) {
    const budget = budgets.size?.[row.name] ?? {};
    compare(`${row.name} min size`, row.minBytes.max, budget.minBytes, bytes);
    compare(`${row.name} gzip size`, row.gzipBytes.max, budget.gzipBytes, bytes);
    // The mocks are a separate entry: a program that does not import /mock carries none of them.
    if (row.ours && row.mockBytes > 0) over.push(`${row.name} bundles ${row.mockBytes} B of the mocks`);
    // So are the response validators: only a program that imports /validate carries them.
    if (row.ours && !row.validates && row.validateBytes > 0)
      over.push(`${row.name} bundles ${row.validateBytes} B of the response validators`);
  }
  for (const row of requests) {
    const budget = budgets.requests?.[row.name] ?? {};
    compare(`${row.name} CPU per request ÷ raw fetch (${row.mode})`, row.cpuVsFetch.median, budget.cpuVsFetch, ratio);
    compare(
      `${row.name} CPU per request ÷ openapi-fetch (${row.mode})`,
      row.cpuVsOpenapiFetch.median,
      budget.cpuVsOpenapiFetch,
      ratio,
    );
    atLeast(
      `${row.name} requests per second ÷ openapi-fetch (${row.mode})`,
      row.requestsPerSecondVsOpenapiFetch.median,
      budget.rpsVsOpenapiFetchMin,
      ratio,
    );
    atLeast(
      `${row.name} requests per second ÷ raw fetch (${row.mode})`,
      row.requestsPerSecondVsFetch.median,
      budget.rpsVsFetchMin,
      ratio,
    );
  }
  for (const row of memory) {
    const budget = budgets.memory?.[row.name] ?? {};
    compare(`${row.name} peak memory ÷ raw fetch`, row.peakVsFetch.median, budget.peakVsFetch, ratio);
  }
  compare("pipeline build warm ÷ cold", pipeline?.warmVsCold, budgets.pipeline?.warmVsCold, ratio);
  compare("pipeline test warm ÷ cold", pipeline?.testWarmVsCold, budgets.pipeline?.testWarmVsCold, ratio);
  compare(
    "pipeline one-spec edit, many providers ÷ few",
    pipeline?.oneSpecEditManyVsFew,
    budgets.pipeline?.oneSpecEditManyVsFew,
    ratio,
  );
  for (const row of typecheck) {
    const budget = budgets.typecheck?.[row.name] ?? {};
    compare(`${row.name} type-check total ÷ @polar-sh/sdk 0.49.0`, row.totalVsPeer.median, budget.totalVsPeer, ratio);
    compare(
      `${row.name} instantiations ÷ bare openapi-fetch`,
      row.instantiationsVsBare,
      budget.instantiationsVsBare,
      ratio,
    );
  }
  return over;
}
