// Peak memory: one call that reads a 50 MB JSON list page (Polar's `{ items, pagination }`, the items
// copies of specs/polar's example order), served by bench/request-server.mjs in a child process. Every
// call runs in a fresh Node process of its own (bench/memory-child.mjs), so nothing else is on its heap
// and no earlier call's garbage or heap growth counts against it. In a run every contender's process
// runs once, in an order that rotates each run, and its peak is divided by raw fetch's of the same run.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInChild } from "./child.mjs";
import { startServer } from "./start-server.mjs";
import { stats } from "./stats.mjs";

const path = "/v1/users/orders/";
// Each process first reads a small page (under this prefix, same server), so its client's code is loaded
// and compiled and its keep-alive connection open before the measured call.
const warmupPrefix = "/warmup";
const warmupItems = 10;

/**
 * The contenders: each `setup(origin)` imports its client (in the child, so only that one is loaded) and
 * returns a call that reads the page and resolves with how many items it got, so a contender that
 * fails is caught instead of measured.
 */
export const contenders = [
  {
    // The plainest read there is: the whole body through undici's own `json()`.
    name: "raw fetch",
    setup: async (origin) => async () => (await (await fetch(`${origin}${path}`)).json()).items.length,
  },
  {
    name: "@specfirst/polar",
    setup: async (origin) => {
      const { createPolarClient } = await import("@specfirst/polar");
      const polar = createPolarClient({ token: "polar_pat_bench", baseUrl: origin });
      return async () => {
        const { data, error } = await polar.GET(path);
        if (error) throw error;
        return data.items.length;
      };
    },
  },
  {
    name: "openapi-fetch 0.17.0 (bare)",
    setup: async (origin) => {
      const { default: createClient } = await import("openapi-fetch");
      const client = createClient({ baseUrl: origin });
      return async () => {
        const { data, error } = await client.GET(path);
        if (error) throw new Error(JSON.stringify(error));
        return data.items.length;
      };
    },
  },
];

/** The example order, and a list page of `count` copies of it, each with its own id. */
function orders() {
  const file = join(import.meta.dirname, "..", "specs", "polar", "fixtures", "listOrders.200.json");
  const [order] = JSON.parse(readFileSync(file, "utf8")).items;
  const item = (index) => ({ ...order, id: `${order.id.slice(0, -8)}${String(index).padStart(8, "0")}` });
  return {
    itemBytes: JSON.stringify(item(0)).length + 1,
    page: (count) => {
      const items = Array.from({ length: count }, (_, index) => item(index));
      return JSON.stringify({ items, pagination: { total_count: count, max_page: 1 } });
    },
  };
}

/** Runs one call of `name` in a fresh process; resolves with its `{ items, peakBytes }`. */
function measureInChild(name, origin) {
  const args = [name, origin, `${origin}${warmupPrefix}`, String(warmupItems)];
  // --expose-gc: the child collects before its baseline, so the baseline holds no start-up garbage.
  // --single-threaded --no-incremental-marking: V8 collects on this thread only, in one pause, at
  // points set by what the call allocates. With its helper threads and incremental marking, when
  // garbage is freed depends on thread and event-loop timing: in trials the same call's peak varied by
  // ±15% run to run by default and by ±1% with these flags. They change when garbage is collected, not
  // what a call allocates or keeps, which is what tells the contenders apart (a contender that keeps a
  // clone of the 50 MB response showed 1.4× raw fetch's peak either way).
  return runInChild("memory-child.mjs", args, `the memory process of ${name}`, [
    "--expose-gc",
    "--single-threaded",
    "--no-incremental-marking",
  ]);
}

/**
 * Per contender: the peak bytes one call adds to the process (min/median/max over `runs`), and the
 * median of each run's ratio to raw fetch's peak.
 */
export async function measureMemory({ runs = 5, bodyBytes = 50e6 } = {}) {
  const { itemBytes, page } = orders();
  const count = Math.max(1, Math.ceil(bodyBytes / itemBytes));
  const body = page(count);
  const server = await startServer({ [path]: body, [`${warmupPrefix}${path}`]: page(warmupItems) });
  try {
    const rows = contenders.map(({ name }) => ({ name, peaks: [], ratios: [] }));
    for (let run = 0; run < runs; run++) {
      const measured = {};
      for (let index = 0; index < contenders.length; index++) {
        const { name } = contenders[(index + run) % contenders.length];
        const { items, peakBytes } = await measureInChild(name, server.origin);
        if (items !== count) throw new Error(`bench: ${name} read ${items} items, not ${count}.`);
        measured[name] = peakBytes;
      }
      for (const row of rows) {
        row.peaks.push(measured[row.name]);
        row.ratios.push(measured[row.name] / measured[contenders[0].name]);
      }
    }
    return rows.map(({ name, peaks, ratios }) => ({
      name,
      bodyBytes: Buffer.byteLength(body),
      items: count,
      peakBytes: stats(peaks),
      peakVsFetch: stats(ratios),
    }));
  } finally {
    server.stop();
  }
}
