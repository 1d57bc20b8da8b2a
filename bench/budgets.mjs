import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The figures of `results` over their budget in bench/budgets.json, one line each. Sizes are budgeted
 * in exact bytes (they are deterministic), so any growth shows; raise a budget in the same change that
 * explains the growth. Times are budgeted as ratios (this machine is noisy): the median of warm ÷ cold.
 */
export function checkBudgets(results) {
  const budgets = JSON.parse(readFileSync(join(import.meta.dirname, "budgets.json"), "utf8"));
  const over = [];
  for (const row of results.suites.size ?? []) {
    const budget = budgets.size?.[row.name];
    if (!budget) continue;
    for (const [figure, measured] of [
      ["minBytes", row.minBytes.max],
      ["gzipBytes", row.gzipBytes.max],
    ]) {
      if (measured > budget[figure]) {
        over.push(`${row.name} ${figure}: ${measured} B, budget ${budget[figure]} B (+${measured - budget[figure]} B)`);
      }
    }
  }
  const warmVsCold = results.suites.pipeline?.warmVsCold.median;
  if (warmVsCold !== undefined && budgets.pipeline && warmVsCold > budgets.pipeline.warmVsCold) {
    over.push(`pipeline warm ÷ cold: ${warmVsCold.toFixed(3)}, budget ${budgets.pipeline.warmVsCold}`);
  }
  return over;
}
