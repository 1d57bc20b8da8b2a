// The runtime's edge cases (faults.test.ts has its main cases: retries by idempotency, connection
// failures, bad bodies, errors, the token): timeouts and aborts nothing can outlast, Retry-After as
// RFC 9110 reads it, statuses outside 200–599, every body kind, openapi-fetch's per-call options,
// pagination's input, and portability, each against a real server on 127.0.0.1 (what it received is
// asserted).
import { getEventListeners } from "node:events";
import { type Reply, replySequence, useTestServer } from "@specfirst/testkit";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  ApiError,
  createApiClient,
  PaginationError,
  type ProviderInfo,
  paginatePages,
  type RetryEvent,
  TimeoutError,
} from "../src/index.js";

interface paths {
  "/orders": {
    get: { responses: { 200: { content: { "application/json": { id: number }[] } } } };
    post: {
      requestBody: { content: { "application/json": { plan: string }; "multipart/form-data": { plan: string } } };
      responses: { 201: { content: { "application/json": { id: number } } } };
    };
  };
  "/orders/{id}": {
    delete: { parameters: { path: { id: number } }; responses: { 204: { content?: never }; 205: { content?: never } } };
  };
}

const provider: ProviderInfo = { id: "shop", version: "1.0.0", defaultBaseUrl: "https://shop.invalid" };
const server = useTestServer(() => ({ status: 200, body: [{ id: 1 }] }));
function client(extra: Parameters<typeof createApiClient>[1] = {}) {
  const retries: RetryEvent[] = [];
  const api = createApiClient<paths>(provider, {
    baseUrl: server.url,
    token: "tok_123456",
    onRetry: (event) => retries.push(event),
    ...extra,
  });
  return { api, retries };
}
const stall: Reply = { status: 200, body: [], fault: "stall" };
const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("timeouts and aborts cannot be defeated", () => {
  it("timeout: Infinity sets no limit, so an answer that takes its time still arrives", async () => {
    server.respondWith(() => ({ status: 200, body: [{ id: 2 }] }));
    const slow: typeof fetch = async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return fetch(input, init);
    };
    const { data } = await client({ timeout: Number.POSITIVE_INFINITY, fetch: slow }).api.GET("/orders");
    expect(data).toEqual([{ id: 2 }]);
  });

  it.each([2 ** 31, 0, -1, Number.NaN])("refuses timeout %d, which setTimeout would fire at once", (timeout) => {
    expect(() => client({ timeout })).toThrow(
      /timeout must be a positive number of milliseconds up to 2147483647, or Infinity/,
    );
  });

  it("ends an attempt on time even when a custom fetch ignores its signal", async () => {
    const hanging = () => new Promise<Response>(() => {});
    const started = performance.now();
    const error = await settle(client({ fetch: hanging, timeout: 200, maxRetries: 1 }).api.GET("/orders"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("ends a call on the caller's abort even when a custom fetch ignores its signal", async () => {
    const controller = new AbortController();
    const hanging = () => {
      setTimeout(() => controller.abort(new Error("stop")), 20);
      return new Promise<Response>(() => {});
    };
    const error = await settle(client({ fetch: hanging }).api.GET("/orders", { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toEqual(new Error("stop"));
  });

  it("a slow token getter does not delay the caller's abort, and nothing is sent", async () => {
    const controller = new AbortController();
    const slowToken = () => new Promise<string>((resolve) => setTimeout(() => resolve("late_token"), 10_000));
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const error = await settle(client({ token: slowToken }).api.GET("/orders", { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(0);
  });

  it("leaves no listener on a long-lived caller signal, after successes, retries and timeouts", async () => {
    const controller = new AbortController();
    const { api } = client({ maxRetries: 1 });
    server.respondWith(replySequence({ status: 503, headers: { "retry-after-ms": "1" } }, { status: 200, body: [] }));
    for (let call = 0; call < 30; call++) await api.GET("/orders", { signal: controller.signal });
    server.respondWith(() => stall);
    await settle(api.GET("/orders", { signal: controller.signal, timeout: 300, maxRetries: 0 }));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("works where AbortSignal.any does not exist", async () => {
    const any = AbortSignal.any;
    Reflect.deleteProperty(AbortSignal, "any");
    try {
      const controller = new AbortController();
      server.respondWith(() => ({ status: 200, body: [{ id: 1 }] }));
      const { data } = await client().api.GET("/orders", { signal: controller.signal });
      expect(data).toEqual([{ id: 1 }]);
      server.respondWith(() => stall);
      expect(await settle(client({ timeout: 300, maxRetries: 0 }).api.GET("/orders"))).toBeInstanceOf(TimeoutError);
    } finally {
      AbortSignal.any = any;
    }
  });
});

describe("Retry-After is read as RFC 9110 defines it", () => {
  it.each(["-1", "Retry in 5", "1.5", "5s", "Sun, 06 Nov 1994 08:49:37"])(
    "ignores %j: the retry waits a backoff, not 0 ms",
    async (value) => {
      server.respondWith(replySequence({ status: 503, headers: { "retry-after": value } }, { status: 200, body: [] }));
      const random = vi.spyOn(Math, "random").mockReturnValue(0.5);
      const { api, retries } = client();
      await api.GET("/orders");
      random.mockRestore();
      expect(retries.map((retry) => retry.delay)).toEqual([250]);
    },
  );

  it("reads the RFC 850 and asctime forms of an HTTP-date (in the past: 0 ms)", async () => {
    for (const value of ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]) {
      server.respondWith(replySequence({ status: 503, headers: { "retry-after": value } }, { status: 200, body: [] }));
      const { api, retries } = client();
      await api.GET("/orders");
      expect(retries.map((retry) => retry.delay)).toEqual([0]);
    }
  });
});

describe("statuses", () => {
  it.each([600, 999])("a status %i is an ApiError result, not a retried connection error", async (status) => {
    server.respondWith(() => ({ status, body: { detail: "odd" } }));
    const { api, retries } = client();
    const result = await api.GET("/orders");
    expect(server.requests).toHaveLength(1);
    expect(retries).toHaveLength(0);
    expect(result.response.status).toBe(status);
    expect(result.error).toEqual({ detail: "odd" });
  });

  it.each([204, 205])("a %i is a success without a body", async (status) => {
    server.respondWith(() => ({ status }));
    const result = await client().api.DELETE("/orders/{id}", { params: { path: { id: 1 } } });
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(status);
  });

  it("a 304 is a success without a body", async () => {
    server.respondWith(() => ({ status: 304, headers: { etag: '"v1"' } }));
    const result = await client().api.GET("/orders", { headers: { "If-None-Match": '"v1"' } });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(304);
  });
});

describe("every body kind is sent as what it is, and resent byte-identically", () => {
  const post = (body: unknown, headers?: Record<string, string>) =>
    (client().api.POST as unknown as (path: string, init: object) => Promise<unknown>)("/orders", { body, headers });
  const retried = () =>
    replySequence({ status: 429, headers: { "retry-after-ms": "1" } }, { status: 201, body: { id: 1 } });

  it.each([
    ["a string (JSON, as openapi-fetch sends one)", "plan=x", "application/json", '"plan=x"'],
    [
      "URLSearchParams",
      new URLSearchParams({ plan: "a b&c" }),
      "application/x-www-form-urlencoded;charset=UTF-8",
      "plan=a+b%26c",
    ],
    ["a Uint8Array", new TextEncoder().encode("bytes"), "application/octet-stream", "bytes"],
    ["an ArrayBuffer", new TextEncoder().encode("buffer").buffer, "application/octet-stream", "buffer"],
    ["a Blob", new Blob(["<x/>"], { type: "application/xml" }), "application/xml", "<x/>"],
    ["an object", { plan: "residential" }, "application/json", '{"plan":"residential"}'],
  ])("%s, retried after a 429", async (_kind, body, type, sent) => {
    server.respondWith(retried());
    await post(body);
    expect(server.requests.map((request) => [request.headers["content-type"], request.body])).toEqual([
      [type, sent],
      [type, sent],
    ]);
  });

  it("FormData, with the same boundary and bytes on the retry", async () => {
    server.respondWith(retried());
    const form = new FormData();
    form.append("plan", "residential");
    form.append("file", new Blob(["abc"], { type: "text/plain" }), "a.txt");
    await client().api.POST("/orders", { body: form });
    const [first, second] = server.requests;
    expect(first?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(second?.headers["content-type"]).toBe(first?.headers["content-type"]);
    expect(second?.body).toBe(first?.body);
    expect(first?.body).toContain('name="file"; filename="a.txt"');
  });

  it("a caller's Content-Type wins over a body's own", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    await post("<order/>", { "Content-Type": "application/xml" });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/xml");
  });

  it("refuses a ReadableStream, which could not be resent", async () => {
    await expect(post(new Blob(["x"]).stream())).rejects.toThrow(/ReadableStream body cannot be resent/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("openapi-fetch's per-call options work", () => {
  it.each([
    ["text", "string"],
    ["blob", "Blob"],
    ["arrayBuffer", "ArrayBuffer"],
    ["stream", "ReadableStream"],
  ] as const)("parseAs %s", async (parseAs, type) => {
    server.respondWith(() => ({ status: 200, body: [{ id: 3 }] }));
    const { data } = await client().api.GET("/orders", { parseAs });
    expect(typeof data === "string" ? "string" : (data as object).constructor.name).toBe(type);
    const text = typeof data === "string" ? data : await new Response(data as BodyInit).text();
    expect(JSON.parse(text)).toEqual([{ id: 3 }]);
  });

  it("an error body is still parsed whatever parseAs says", async () => {
    server.respondWith(() => ({ status: 404, body: { detail: "gone" } }));
    const { error } = await client().api.GET("/orders", { parseAs: "blob" });
    expect(error).toEqual({ detail: "gone" });
  });

  it("refuses an unknown parseAs", async () => {
    await expect(client().api.GET("/orders", { parseAs: "xml" as "text" })).rejects.toThrow(/parseAs must be one of/);
  });

  it("per-call fetch gets a Request with the RequestInit fields, and the dispatcher beside it, on every attempt", async () => {
    const seen: [Request, Record<string, unknown> | undefined][] = [];
    const dispatcher = { marker: true };
    const fetch = async (request: Request, init?: Record<string, unknown>) => {
      seen.push([request, init]);
      return seen.length === 1
        ? new Response(null, { status: 503, headers: { "retry-after-ms": "1" } })
        : Response.json([]);
    };
    await client().api.GET("/orders", {
      fetch,
      credentials: "include",
      cache: "no-store",
      keepalive: true,
      mode: "cors",
      dispatcher,
    });
    expect(seen).toHaveLength(2);
    for (const [request, init] of seen) {
      expect(request).toBeInstanceOf(Request);
      expect(request).toMatchObject({ credentials: "include", cache: "no-store", keepalive: true, mode: "cors" });
      expect(init).toEqual({ dispatcher });
    }
  });

  it("a client's dispatcher reaches fetch's second argument, beside its requestInitExt", async () => {
    const seen: unknown[] = [];
    const dispatcher = { marker: "client" };
    const fetch = async (_request: Request, init?: Record<string, unknown>) => {
      seen.push(init);
      return Response.json([]);
    };
    await client({ fetch, dispatcher, requestInitExt: { priority: "high" } }).api.GET("/orders");
    expect(seen).toEqual([{ priority: "high", dispatcher }]);
  });

  it("a per-call baseUrl is checked like the client's", async () => {
    server.respondWith(() => ({ status: 200, body: [{ id: 1 }] }));
    await expect(client().api.GET("/orders", { baseUrl: "javascript:alert(1)" })).rejects.toThrow(
      /baseUrl must be an absolute http\(s\) URL/,
    );
    const { data } = await client().api.GET("/orders", { baseUrl: `${server.url}/` });
    expect(data).toEqual([{ id: 1 }]);
    expect(server.requests.map((request) => request.url)).toEqual(["/orders"]);
  });
});

describe("pagination validates what it reads", () => {
  const reader = {
    items: (page: { items: number[] }) => page.items,
    isLast: (page: { items: number[]; last: boolean }) => page.last,
  };
  const context = { provider: "shop", operation: "GET /orders" };
  const collect = async (pages: unknown[], maxPages?: number) => {
    const seen: unknown[] = [];
    try {
      for await (const item of paginatePages(
        async (page) => ({ data: pages[page - 1] as never, response: new Response() }),
        reader as never,
        context,
        { maxPages },
      )) {
        seen.push(item);
      }
    } catch (error) {
      return { seen, error };
    }
    return { seen, error: undefined };
  };

  it("a malformed page is a PaginationError with its page number and the reader's TypeError", async () => {
    const { seen, error } = await collect([{ items: [1], last: false }, { rows: [] }]);
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      page: 2,
      message: expect.stringMatching(/page 2: the page is not the documented list shape/),
    });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it.each([Number.NaN, 1.5, 0, -3])("maxPages %d is a PaginationError before any request", async (maxPages) => {
    const { seen, error } = await collect([{ items: [1], last: true }], maxPages);
    expect(seen).toEqual([]);
    expect(error).toMatchObject({ name: "PaginationError", page: 1 });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("an error mid-way is a PaginationError with the page and the ApiError", async () => {
    server.respondWith(replySequence({ status: 200, body: [1] }, { status: 500, body: { detail: "boom" } }));
    const { api } = client({ maxRetries: 0 });
    const pages = paginatePages(
      (page) => api.GET("/orders", { params: { query: { page } } } as never),
      { items: (body: number[]) => body, isLast: () => false },
      context,
    );
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of pages) seen.push(item as number);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([1]);
    expect(error).toMatchObject({ name: "PaginationError", page: 2 });
    expect((error as Error).cause).toBeInstanceOf(ApiError);
  });
});

describe("portability", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("a worker without a DOM (importScripts, a non-browser navigator) sends User-Agent", async () => {
    vi.stubGlobal("importScripts", () => {});
    vi.stubGlobal("navigator", { userAgent: "Cloudflare-Workers" });
    await client().api.GET("/orders");
    expect(server.requests[0]?.headers["user-agent"]).toBe("specfirst-shop/1.0.0");
  });

  it("a browser's worker (navigator.userAgent Mozilla/…) leaves User-Agent to the browser", async () => {
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0" });
    await client().api.GET("/orders");
    expect(server.requests[0]?.headers["user-agent"]).not.toBe("specfirst-shop/1.0.0");
  });

  it("instanceof holds for an error made by another copy of the package (ESM next to CJS)", async () => {
    // The same module loaded a second time (a query makes it a new module): what an app that both
    // imports and requires the package gets.
    const secondCopy = "../src/errors.ts?copy";
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import("../src/errors.js");
    expect(copy.ApiError).not.toBe(ApiError);
    const foreign = new copy.ApiError("HTTP 500", { provider: "shop", operation: "GET /orders", status: 500 });
    expect(foreign).toBeInstanceOf(ApiError);
    expect(foreign).toBeInstanceOf(copy.SpecfirstError);
    expect(foreign).not.toBeInstanceOf(TimeoutError);
    expect(new TimeoutError("t", { provider: "a", operation: "b" })).toBeInstanceOf(copy.TimeoutError);
    expect(new Error("plain")).not.toBeInstanceOf(copy.SpecfirstError);
    class Mine extends ApiError {}
    const mine = new Mine("m", { provider: "a", operation: "b" });
    expect([mine instanceof Mine, mine instanceof copy.ApiError, mine.name]).toEqual([true, true, "Mine"]);
    expect(foreign).not.toBeInstanceOf(Mine);
  });

  it("calls the global fetch on the global, as browsers require, and the one patched after creation", async () => {
    server.respondWith(() => ({ status: 200, body: [{ id: 1 }] }));
    const { api } = client();
    const real = globalThis.fetch;
    const seen: unknown[] = [];
    vi.stubGlobal("fetch", function (this: unknown, input: string | URL | Request, init?: RequestInit) {
      seen.push(this);
      // What a browser's fetch does when called as a method of another object.
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return real(input, init);
    });
    const { data } = await api.GET("/orders");
    expect(data).toEqual([{ id: 1 }]);
    expect(seen).toHaveLength(1);
  });

  it("accepts explicit undefined for every option (exactOptionalPropertyTypes)", async () => {
    server.respondWith(() => ({ status: 200, body: [{ id: 1 }] }));
    const { data } = await createApiClient<paths>(provider, {
      baseUrl: server.url,
      token: undefined,
      timeout: undefined,
      maxRetries: undefined,
      headers: undefined,
      fetch: undefined,
      onRetry: undefined,
    }).GET("/orders", { timeout: undefined, signal: undefined, parseAs: undefined, headers: undefined });
    expect(data).toEqual([{ id: 1 }]);
  });
});

describe("what the review of the runtime found", () => {
  it("an abort inside onRetry ends the backoff wait at once", async () => {
    const controller = new AbortController();
    server.respondWith(() => ({ status: 503, headers: { "retry-after": "30" } }));
    const started = performance.now();
    const api = createApiClient<paths>(provider, { baseUrl: server.url, onRetry: () => controller.abort() });
    const error = await settle(api.GET("/orders", { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("a middleware hook that never settles still ends at the first attempt's timeout", async () => {
    const api = createApiClient<paths>(provider, { baseUrl: server.url, timeout: 200, maxRetries: 0 });
    api.use({ onRequest: () => new Promise<undefined>(() => {}) });
    expect(await settle(api.GET("/orders"))).toBeInstanceOf(TimeoutError);
  });

  it("parseAs stream leaves no listener behind on 204s, HEADs or a cancelled stream", async () => {
    const controller = new AbortController();
    const { api } = client();
    server.respondWith(() => ({ status: 204 }));
    for (let call = 0; call < 3; call++)
      await api.DELETE("/orders/{id}", { params: { path: { id: 1 } }, parseAs: "stream", signal: controller.signal });
    server.respondWith(() => ({ status: 200, body: [{ id: 1 }] }));
    for (let call = 0; call < 3; call++) {
      const { data } = await api.GET("/orders", { parseAs: "stream", signal: controller.signal });
      await (data as ReadableStream).cancel();
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
