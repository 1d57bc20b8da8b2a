import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFixture } from "@specfirst/testkit";
import { expect } from "vitest";

/**
 * The runtime contract the install test checks in every installed client, in Node (consumers/runtime/
 * contract.mjs and contract.cjs) and in Chromium (consumers/runtime/browser.mjs): what each scenario
 * sends, what the contract server answers, and what the program must report.
 */

/** A scenario of consumers/runtime/scenarios.cjs; each sends one call (retry: two attempts). */
export type Scenario =
  /** The list operation answers its fixture, with a request id and rate-limit headers. */
  | "list"
  /** The get operation answers its fixture. */
  | "get"
  /** 503 with `retry-after-ms: 1` once, then 200: the GET is retried once after 1 ms. */
  | "retry"
  /** No response at all: `timeout: 300`, `maxRetries: 0` rejects with `TimeoutError`. */
  | "stall"
  /** Status line and headers, then a body that never ends: the timeout covers the body too. */
  | "stallBody"
  /** No response; the caller aborts once the server has the request: `AbortError`, never retried. */
  | "abort"
  /** POST or PATCH answered 503 with `retry-after-ms: 1`: not retried (only 429 is). */
  | "write"
  /** 404 with an HTML body, fetched through the package's other build (ESM ↔ CommonJS): an `ApiError`. */
  | "crossCopy";

/** A path parameter's value for each get-shaped scenario: the fixture's id for `get`, made-up ones otherwise. */
type ItemIds = Record<"get" | "retry" | "stall" | "stallBody" | "abort" | "crossCopy", string | number>;

/** One provider's calls and fixtures; {@link ContractRun.config} sends the program the part it needs (as `CONTRACT`). */
export interface ContractProvider {
  provider: string;
  package: string;
  /** The package's `create…Client` export. */
  factory: string;
  list: { path: string; init: object; target: string; fixture: unknown };
  item: { path: string; param: string; ids: ItemIds; fixture: unknown };
  /** A POST or PATCH the server answers with 503. */
  write?: { method: "POST" | "PATCH"; path: string; init: object; target: string };
}

function itemIds(get: string | number, made: (n: number) => string | number): ItemIds {
  return { get, retry: made(1), stall: made(2), stallBody: made(3), abort: made(4), crossCopy: made(5) };
}

const uuid = (n: number) => `00000000-0000-4000-8000-00000000e2e${n}`;

export const contractProviders: Record<string, ContractProvider> = {
  polar: {
    provider: "polar",
    package: "@specfirst/polar",
    factory: "createPolarClient",
    list: {
      path: "/v1/users/orders/",
      init: { params: { query: { limit: 1 } } },
      target: "/v1/users/orders/?limit=1",
      fixture: readFixture("polar", "listOrders.200"),
    },
    item: {
      path: "/v1/users/orders/{id}",
      param: "id",
      ids: itemIds(readFixture<{ id: string }>("polar", "getOrder.200").id, uuid),
      fixture: readFixture("polar", "getOrder.200"),
    },
    write: {
      method: "PATCH",
      path: "/v1/users/subscriptions/{id}",
      init: { params: { path: { id: uuid(6) } }, body: { product_price_id: uuid(7) } },
      target: `/v1/users/subscriptions/${uuid(6)}`,
    },
  },
  novaproxy: {
    provider: "novaproxy",
    package: "@specfirst/novaproxy",
    factory: "createNovaProxyClient",
    list: { path: "/orders", init: {}, target: "/orders", fixture: readFixture("novaproxy", "listOrders.200") },
    item: {
      path: "/orders/{uuid}",
      param: "uuid",
      ids: itemIds(readFixture<{ uuid: string }>("novaproxy", "getOrder.200").uuid, uuid),
      fixture: readFixture("novaproxy", "getOrder.200"),
    },
    write: {
      method: "POST",
      path: "/orders",
      init: { body: { plan: "residential", bandwidth: 2 } },
      target: "/orders",
    },
  },
  vpsbg: {
    provider: "vpsbg",
    package: "@specfirst/vpsbg",
    factory: "createVpsbgClient",
    list: { path: "/orders", init: {}, target: "/orders", fixture: readFixture("vpsbg", "listOrders.200") },
    item: {
      path: "/orders/{id}",
      param: "id",
      ids: itemIds(readFixture<{ id: number }>("vpsbg", "getOrder.200").id, (n) => 9000 + n),
      fixture: readFixture("vpsbg", "getOrder.200"),
    },
  },
};

/** The request target (path and query, as the server sees it) of a get-shaped scenario. */
export function itemTarget(provider: ContractProvider, scenario: keyof ItemIds): string {
  const { path, param, ids } = provider.item;
  return path.replace(`{${param}}`, encodeURIComponent(String(ids[scenario])));
}

/** The scenarios a program runs: all of them in Node; no other build to load in a browser. */
export function scenariosFor(provider: ContractProvider, where: "node" | "browser"): Scenario[] {
  const all: Scenario[] = ["list", "get", "retry", "stall", "stallBody", "abort", "write", "crossCopy"];
  return all.filter((name) => (name !== "write" || provider.write) && (name !== "crossCopy" || where === "node"));
}

/** One request as the contract server received it. */
export interface ContractRequest {
  method: string;
  /** Path and query after the run's prefix, still encoded. */
  target: string;
  /** The scenario the server took it for, or `"unknown"` (answered 404). */
  scenario: Scenario | "unknown";
  headers: IncomingHttpHeaders;
  /** The client closed the connection before the response was complete (a timeout or an abort). */
  closedEarly: boolean;
}

/** One program's view of the server: its own base URL, so the requests of different runs never mix. */
export interface ContractRun {
  /** `http://127.0.0.1:<port>/run-<n>`: the client's `baseUrl`. */
  baseUrl: string;
  requests: ContractRequest[];
  /** The JSON the program gets in `CONTRACT`. */
  config(where: "node" | "browser", token: string): Record<string, unknown>;
}

export interface ContractServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** A fresh run for one program calling `provider`. */
  newRun(provider: ContractProvider): ContractRun;
  /** Serves a static file (the browser test's page and bundle) at `path`. */
  serveFile(path: string, contentType: string, body: string): void;
  close(): Promise<void>;
}

/** The list's extra headers: scenarios.cjs reports them as `requestId` and `rateLimit`. */
export const listHeaders = {
  "x-request-id": "e2e-list-request",
  "ratelimit-limit": "100",
  "ratelimit-remaining": "99",
  "ratelimit-reset": "30",
};

/** A stalled response is ended by the server after this long, whatever the client does. */
const stallLimitMs = 15_000;
/** The longest a `/__e2e/wait` long poll is held before it answers `{ seen: false }`. */
const waitLimitMs = 5_000;

interface RunState {
  provider: ContractProvider;
  requests: ContractRequest[];
  routes: Map<string, Scenario>;
  /** Called on every received request and every early close of this run. */
  listeners: Set<() => void>;
}

/**
 * A node:http server on 127.0.0.1 (ephemeral port) that answers each run's scenarios, records every
 * request, and answers long polls at `/__e2e/wait?run=<n>&for=received|closed&target=<target>` so a
 * program can wait until the server has its request (before aborting) or has seen it closed (after a
 * timeout or abort). Every wait and every stall is bounded.
 */
export async function startContractServer(): Promise<ContractServer> {
  const runs = new Map<string, RunState>();
  const files = new Map<string, { contentType: string; body: string }>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => respond(req.method ?? "", req.url ?? "/", req.headers, res));
  });

  function respond(method: string, rawUrl: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
    const url = new URL(rawUrl, "http://127.0.0.1");
    if (url.pathname === "/__e2e/wait") {
      wait(url, res);
      return;
    }
    const file = files.get(url.pathname);
    if (file) {
      res.writeHead(200, { "content-type": file.contentType, "cache-control": "no-store" });
      res.end(file.body);
      return;
    }
    const match = /^\/(run-\d+)(\/.*)$/.exec(rawUrl);
    const run = runs.get(match?.[1] ?? "");
    if (!match || !run) {
      json(res, 404, { error: `no run for ${method} ${rawUrl}` });
      return;
    }
    const target = match[2] ?? "";
    const recorded: ContractRequest = {
      method,
      target,
      scenario: run.routes.get(`${method} ${target}`) ?? "unknown",
      headers,
      closedEarly: false,
    };
    run.requests.push(recorded);
    res.on("close", () => {
      if (res.writableFinished) return;
      recorded.closedEarly = true;
      for (const listener of run.listeners) listener();
    });
    for (const listener of run.listeners) listener();
    answer(run, recorded, res);
  }

  function answer(run: RunState, request: ContractRequest, res: ServerResponse): void {
    const { provider } = run;
    const attempts = run.requests.filter(
      ({ method, target }) => method === request.method && target === request.target,
    );
    switch (request.scenario) {
      case "list":
        json(res, 200, provider.list.fixture, listHeaders);
        break;
      case "get":
        json(res, 200, provider.item.fixture);
        break;
      case "retry":
        if (attempts.length === 1) json(res, 503, { error: "unavailable" }, { "retry-after-ms": "1" });
        else json(res, 200, provider.item.fixture);
        break;
      case "write":
        json(res, 503, { error: "unavailable" }, { "retry-after-ms": "1" });
        break;
      case "stallBody":
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"partial":');
        later(stallLimitMs, () => res.destroy());
        break;
      case "stall":
      case "abort":
        later(stallLimitMs, () => res.destroy());
        break;
      case "crossCopy":
        res.writeHead(404, { "content-type": "text/html" });
        res.end("<h1>Not Found</h1>");
        break;
      default:
        json(res, 404, { error: `no scenario for ${request.method} ${request.target}` });
    }
  }

  function wait(url: URL, res: ServerResponse): void {
    const run = runs.get(url.searchParams.get("run") ?? "");
    const target = url.searchParams.get("target");
    const event = url.searchParams.get("for");
    if (!run || !target || (event !== "received" && event !== "closed")) {
      json(res, 400, { error: `bad wait: ${url.search}` });
      return;
    }
    let done = false;
    const finish = (seen: boolean) => {
      if (done) return;
      done = true;
      run.listeners.delete(check);
      json(res, 200, { seen });
    };
    const check = () => {
      if (run.requests.some((request) => request.target === target && (event === "received" || request.closedEarly))) {
        finish(true);
      }
    };
    run.listeners.add(check);
    check();
    later(waitLimitMs, () => finish(false));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    newRun(provider) {
      const id = `run-${runs.size + 1}`;
      const routes = new Map<string, Scenario>([
        [`GET ${provider.list.target}`, "list"],
        ...(["get", "retry", "stall", "stallBody", "abort", "crossCopy"] as const).map(
          (scenario) => [`GET ${itemTarget(provider, scenario)}`, scenario] as [string, Scenario],
        ),
      ]);
      if (provider.write) routes.set(`${provider.write.method} ${provider.write.target}`, "write");
      const state: RunState = { provider, requests: [], routes, listeners: new Set() };
      runs.set(id, state);
      const baseUrl = `${origin}/${id}`;
      return {
        baseUrl,
        requests: state.requests,
        config: (where, token) => ({
          package: provider.package,
          factory: provider.factory,
          baseUrl,
          token,
          list: { path: provider.list.path, init: provider.list.init },
          item: { path: provider.item.path, param: provider.item.param, ids: provider.item.ids },
          ...(provider.write
            ? { write: { method: provider.write.method, path: provider.write.path, init: provider.write.init } }
            : {}),
          wait: { url: `${origin}/__e2e/wait`, run: id },
          targets: {
            stall: itemTarget(provider, "stall"),
            stallBody: itemTarget(provider, "stallBody"),
            abort: itemTarget(provider, "abort"),
          },
          scenarios: scenariosFor(provider, where),
        }),
      };
    },
    serveFile(path, contentType, body) {
      files.set(path, { contentType, body });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const errorClasses = ["ApiError", "TimeoutError", "AbortError", "ConnectionError", "PaginationError", "SpecfirstError"];

/** The kinds scenarios.cjs reports for an error of class `name`: that class and `SpecfirstError`, nothing else. */
function only(name: string): Record<string, boolean> {
  return Object.fromEntries(errorClasses.map((other) => [other, other === name || other === "SpecfirstError"]));
}

/**
 * What scenarios.cjs must report for `provider` (`where` decides the scenarios and whether
 * `AbortSignal.any` exists: the browser test deletes it before the bundle loads).
 */
export function expectedReport(provider: ContractProvider, where: "node" | "browser"): Record<string, unknown> {
  const ok = (data: unknown, extra: object = {}) => ({
    status: 200,
    data,
    error: null,
    requestId: null,
    rateLimit: null,
    retries: [],
    ...extra,
  });
  const timedOut = {
    rejected: true,
    name: "TimeoutError",
    kinds: only("TimeoutError"),
    timeout: 300,
    elapsedMs: expect.any(Number),
    serverSawClose: true,
    retries: [],
  };
  const all: Record<Scenario, unknown> = {
    list: ok(provider.list.fixture, {
      requestId: listHeaders["x-request-id"],
      rateLimit: { limit: 100, remaining: 99, reset: 30 },
    }),
    get: ok(provider.item.fixture),
    retry: ok(provider.item.fixture, { retries: [{ retry: 1, delay: 1, cause: 503 }] }),
    stall: timedOut,
    stallBody: timedOut,
    abort: {
      received: true,
      rejected: true,
      name: "AbortError",
      kinds: only("AbortError"),
      timeout: null,
      cause: "AbortError",
      elapsedMs: expect.any(Number),
      serverSawClose: true,
      retries: [],
    },
    write: {
      status: 503,
      data: null,
      error: { error: "unavailable" },
      requestId: null,
      rateLimit: null,
      retries: [],
    },
    crossCopy: {
      distinctClasses: true,
      status: 404,
      kinds: only("ApiError"),
      kindsInItsOwnCopy: only("ApiError"),
      retries: [],
    },
  };
  return {
    abortSignalAny: where === "node" ? "function" : "undefined",
    ...Object.fromEntries(scenariosFor(provider, where).map((scenario) => [scenario, all[scenario]])),
  };
}

/** The requests the server must have received from one program, in order: `METHOD target (scenario)`, `closed early` marked. */
export function expectedRequests(provider: ContractProvider, where: "node" | "browser"): string[] {
  const line = (method: string, target: string, scenario: Scenario, closedEarly = false) =>
    `${method} ${target} (${scenario})${closedEarly ? " closed early" : ""}`;
  const get = (scenario: keyof ItemIds, closedEarly = false) =>
    line("GET", itemTarget(provider, scenario), scenario, closedEarly);
  const all: Record<Scenario, string[]> = {
    list: [line("GET", provider.list.target, "list")],
    get: [get("get")],
    // Retried once: the 503, then the 200.
    retry: [get("retry"), get("retry")],
    stall: [get("stall", true)],
    stallBody: [get("stallBody", true)],
    // Never retried: an abort ends the call.
    abort: [get("abort", true)],
    // Not retried: a POST or PATCH is retried only on 429.
    write: provider.write ? [line(provider.write.method, provider.write.target, "write")] : [],
    crossCopy: [get("crossCopy")],
  };
  return scenariosFor(provider, where).flatMap((scenario) => all[scenario]);
}

/** The received requests in the form of {@link expectedRequests}. */
export function receivedRequests(run: ContractRun): string[] {
  return run.requests.map(
    ({ method, target, scenario, closedEarly }) =>
      `${method} ${target} (${scenario})${closedEarly ? " closed early" : ""}`,
  );
}

/** Each timeout rejected after its 300 ms (not at once, and not after the 30 s default). */
export function expectTimeoutsTook300ms(report: unknown): void {
  for (const scenario of ["stall", "stallBody"] as const) {
    const elapsed = (report as Record<string, { elapsedMs?: number } | undefined>)[scenario]?.elapsedMs;
    expect(elapsed, `${scenario}: ms until TimeoutError`).toBeGreaterThanOrEqual(290);
    expect(elapsed, `${scenario}: ms until TimeoutError`).toBeLessThan(5_000);
  }
}
