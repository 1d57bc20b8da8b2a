// Request overhead: each contender lists one page of 10 Polar orders from one local node:http server
// (bench/request-server.mjs, a child process, so only the client's CPU time is counted), first N
// requests one after another, then N with 32 in flight. Each measurement runs in a fresh Node process of
// its own (bench/requests-child.mjs): in one shared process a contender paid for the garbage the one
// before it left, and shared code (undici, openapi-fetch's module, which our client and bare openapi-fetch
// both run) was compiled for whichever ran first, which moved a ratio by ±0.4 run to run. Per round every
// contender runs once, in an order that rotates each round, and its figures are divided by raw fetch's
// from the same round, so drift on a noisy machine cancels out of the ratios. Each contender is served a body valid for its own schema:
// ours, openapi-fetch and raw fetch call Polar's legacy users API (`GET /v1/users/orders/`, the order of
// specs/polar's example); the SDKs call the organization API (`GET /v1/orders/`, an order that
// @polar-sh/sdk 0.49.0's zod schema accepts, bench/fixtures/polar-sdk-order.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runInChild } from "./child.mjs";
import { startServer } from "./start-server.mjs";
import { stats } from "./stats.mjs";

const token = "polar_pat_bench";
const pageSize = 10;

/** A page of `pageSize` copies of `order`, each with its own id, in Polar's `ListResource` shape. */
function page(order) {
  const items = Array.from({ length: pageSize }, (_, index) => ({
    ...order,
    id: `${order.id.slice(0, -2)}${String(index).padStart(2, "0")}`,
  }));
  return JSON.stringify({ items, pagination: { total_count: pageSize, max_page: 1 } });
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const legacyOrder = readJson(join(import.meta.dirname, "..", "specs", "polar", "fixtures", "listOrders.200.json"))
  .items[0];
const sdkOrder = readJson(join(import.meta.dirname, "fixtures", "polar-sdk-order.json"));
const bodies = { "/v1/users/orders/": page(legacyOrder), "/v1/orders/": page(sdkOrder) };

/**
 * The contenders: each `setup(origin)` resolves with a call that lists the page and resolves with how
 * many orders it got, so a contender that fails (a rejected body, a wrong path) is caught before it is
 * timed. Each imports its own client when set up, so a measurement's process loads that client only
 * (the Speakeasy SDKs' models alone took seconds to load in every process on a busy machine).
 */
export const contenders = [
  {
    name: "raw fetch",
    setup: async (origin) => async () => {
      const response = await fetch(`${origin}/v1/users/orders/`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()).items.length;
    },
  },
  {
    // The floor of any design that can abort a request: one controller and one 30 s timer per request,
    // cleared once the body is read. What a client costs beyond this is more than a timeout.
    name: "raw fetch + timeout signal",
    setup: async (origin) => async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const response = await fetch(`${origin}/v1/users/orders/`, {
          headers: { authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()).items.length;
      } finally {
        clearTimeout(timer);
      }
    },
  },
  {
    name: "@specfirst/polar",
    setup: async (origin) => {
      const { createPolarClient } = await import("@specfirst/polar");
      const polar = createPolarClient({ token, baseUrl: origin });
      return async () => {
        const { data, error } = await polar.GET("/v1/users/orders/");
        if (error) throw error;
        return data.items.length;
      };
    },
  },
  {
    // Opt-in response validation (the spec's schemas, compiled), throwing on drift: the cost of the
    // always-on validation the Speakeasy SDKs below pay with zod.
    name: "@specfirst/polar + validate",
    setup: async (origin) => {
      const { createPolarClient } = await import("@specfirst/polar");
      const { validators } = await import("@specfirst/polar/validate");
      const polar = createPolarClient({ token, baseUrl: origin, validate: validators, throwOnDrift: true });
      return async () => {
        const { data, error } = await polar.GET("/v1/users/orders/");
        if (error) throw error;
        return data.items.length;
      };
    },
  },
  {
    name: "openapi-fetch 0.17.0 (bare)",
    setup: async (origin) => {
      const { default: createClient } = await import("openapi-fetch");
      const client = createClient({ baseUrl: origin, headers: { authorization: `Bearer ${token}` } });
      return async () => {
        const { data, error } = await client.GET("/v1/users/orders/");
        if (error) throw new Error(JSON.stringify(error));
        return data.items.length;
      };
    },
  },
  {
    name: "@polar-sh/sdk 0.49.0",
    setup: async (origin) => {
      const { Polar } = await import("polar-sdk-0.49");
      const polar = new Polar({ accessToken: token, serverURL: origin });
      return async () => (await polar.orders.list({})).result.items.length;
    },
  },
  {
    name: "@polar-sh/sdk 1.0.1",
    setup: async (origin) => {
      const { createPolar } = await import("polar-sdk-1/2026-10");
      const polar = createPolar({ accessToken: token, baseUrl: origin });
      return async () => (await polar.orders.list()).items.length;
    },
  },
];

/** Runs `total` calls, `inFlight` at a time; resolves with requests/s and CPU µs per request. */
export async function timed(call, total, inFlight) {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      await call();
    }
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return { requestsPerSecond: total / seconds, cpuMicrosPerRequest: (user + system) / total };
}

// The peer our client is built on: its ratios say what our contract costs on top of openapi-fetch.
const OPENAPI_FETCH = "openapi-fetch 0.17.0 (bare)";

/**
 * Per contender and mode (`sequential`, `concurrent`): requests/s and CPU µs per request as
 * min/median/max over `rounds`, and the median of each round's ratio to raw fetch and to bare
 * openapi-fetch (both measured in the same round).
 */
export async function measureRequests({ rounds = 5, requests = 400, inFlight = 32, warmup = 400 } = {}) {
  const server = await startServer(bodies);
  try {
    const modes = { sequential: 1, concurrent: inFlight };
    const rows = Object.entries(modes).flatMap(([mode, parallel]) =>
      contenders.map(({ name }) => ({
        name,
        mode,
        inFlight: parallel,
        rps: [],
        cpu: [],
        rpsVsFetch: [],
        cpuVsFetch: [],
        rpsVsOpenapiFetch: [],
        cpuVsOpenapiFetch: [],
      })),
    );
    for (let round = 0; round < rounds; round++) {
      for (const [mode, parallel] of Object.entries(modes)) {
        const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
        const measured = {};
        for (const { name } of order) {
          measured[name] = await measureInChild(name, server.origin, { requests, inFlight: parallel, warmup });
        }
        const baseline = measured[contenders[0].name];
        const openapiFetch = measured[OPENAPI_FETCH];
        for (const row of rows.filter((each) => each.mode === mode)) {
          const figures = measured[row.name];
          row.rps.push(figures.requestsPerSecond);
          row.cpu.push(figures.cpuMicrosPerRequest);
          row.rpsVsFetch.push(figures.requestsPerSecond / baseline.requestsPerSecond);
          row.cpuVsFetch.push(figures.cpuMicrosPerRequest / baseline.cpuMicrosPerRequest);
          row.rpsVsOpenapiFetch.push(figures.requestsPerSecond / openapiFetch.requestsPerSecond);
          row.cpuVsOpenapiFetch.push(figures.cpuMicrosPerRequest / openapiFetch.cpuMicrosPerRequest);
        }
      }
    }
    return rows.map(({ name, mode, inFlight: parallel, rps, cpu, rpsVsFetch, cpuVsFetch, ...vsOpenapiFetch }) => ({
      name,
      mode,
      inFlight: parallel,
      requestsPerSecond: stats(rps),
      cpuMicrosPerRequest: stats(cpu),
      requestsPerSecondVsFetch: stats(rpsVsFetch),
      cpuVsFetch: stats(cpuVsFetch),
      requestsPerSecondVsOpenapiFetch: stats(vsOpenapiFetch.rpsVsOpenapiFetch),
      cpuVsOpenapiFetch: stats(vsOpenapiFetch.cpuVsOpenapiFetch),
    }));
  } finally {
    server.stop();
  }
}

/** Times `requests` calls of `name` (after `warmup` untimed ones) in a fresh process; resolves with its figures. */
function measureInChild(name, origin, { requests, inFlight, warmup }) {
  const args = [name, origin, String(requests), String(inFlight), String(warmup), String(pageSize)];
  return runInChild("requests-child.mjs", args, `the requests process of ${name}`);
}
