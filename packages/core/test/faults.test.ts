import { inspect } from "node:util";
import { replySequence, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  ConnectionError,
  createApiClient,
  type ProviderInfo,
  type RetryEvent,
  TimeoutError,
  unwrap,
} from "../src/index.js";

interface paths {
  "/orders": {
    get: { responses: { 200: { content: { "application/json": { id: number }[] } } } };
    post: {
      requestBody: { content: { "application/json": { plan: string } } };
      responses: { 201: { content: { "application/json": { id: number } } } };
    };
  };
  "/orders/{id}": {
    delete: { parameters: { path: { id: number } }; responses: { 204: { content?: never } } };
  };
}

const provider: ProviderInfo = {
  id: "shop",
  version: "1.0.0",
  defaultBaseUrl: "https://shop.invalid",
};
const token = "sk_live_0123456789abcdef";

const server = useTestServer();

function client(extra: Parameters<typeof createApiClient>[1] = {}) {
  const retries: RetryEvent[] = [];
  const api = createApiClient<paths>(provider, {
    baseUrl: server.url,
    token,
    timeout: 2_000,
    onRetry: (event) => retries.push(event),
    ...extra,
  });
  return { api, retries };
}

// Retry-After in milliseconds keeps these runs short; the backoff itself is covered in retry.test.ts.
const soon = { "retry-after-ms": "5" };

describe("retries know idempotency", () => {
  it("retries a GET on 500, 502, 503 and 504 until it succeeds", async () => {
    server.respondWith(
      replySequence(
        { status: 500, headers: soon },
        { status: 502, headers: soon },
        { status: 503, headers: soon },
        { status: 504, headers: soon },
        { status: 200, body: [{ id: 1 }] },
      ),
    );
    const { api, retries } = client({ maxRetries: 4 });
    const { data } = await api.GET("/orders");
    expect(data).toEqual([{ id: 1 }]);
    expect(server.requests).toHaveLength(5);
    expect(retries.map((retry) => retry.cause)).toEqual([500, 502, 503, 504]);
    expect(retries.map((retry) => retry.delay)).toEqual([5, 5, 5, 5]);
  });

  it("sends a POST that failed with 500 exactly once", async () => {
    server.respondWith(() => ({ status: 500, body: { message: "boom" }, headers: soon }));
    const { api, retries } = client();
    const { data, error, response } = await api.POST("/orders", { body: { plan: "residential" } });
    expect(server.requests).toHaveLength(1);
    expect(retries).toHaveLength(0);
    expect(response.status).toBe(500);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "boom" });
  });

  it("retries a POST on 429, which means it was not processed, and resends the same body", async () => {
    server.respondWith(replySequence({ status: 429, headers: soon }, { status: 201, body: { id: 7 } }));
    const { api } = client();
    const { data } = await api.POST("/orders", { body: { plan: "residential" } });
    expect(data).toEqual({ id: 7 });
    expect(server.requests.map((request) => request.body)).toEqual([
      '{"plan":"residential"}',
      '{"plan":"residential"}',
    ]);
  });

  it("honours Retry-After in seconds", async () => {
    server.respondWith(replySequence({ status: 429, headers: { "retry-after": "1" } }, { status: 200, body: [] }));
    const { api, retries } = client();
    const started = performance.now();
    await api.GET("/orders");
    expect(retries[0]?.delay).toBe(1000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    server.respondWith(replySequence({ status: 503, headers: { "retry-after": date } }, { status: 200, body: [] }));
    const { api, retries } = client();
    await api.GET("/orders");
    expect(retries[0]?.delay).toBeGreaterThan(0);
    expect(retries[0]?.delay).toBeLessThanOrEqual(2000);
  });

  it("does not wait for a Retry-After beyond 60 s: it returns the 429 with retryAfter", async () => {
    server.respondWith(() => ({ status: 429, body: { message: "slow down" }, headers: { "retry-after": "120" } }));
    const { api, retries } = client();
    const result = await api.GET("/orders");
    expect(server.requests).toHaveLength(1);
    expect(retries).toHaveLength(0);
    const error = catchError(() => unwrap(result));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, retryAfter: 120_000, operation: "GET /orders", provider: "shop" });
  });

  it("gives up after maxRetries and returns the last response", async () => {
    server.respondWith(() => ({ status: 503, body: { message: "down" }, headers: soon }));
    const { api } = client({ maxRetries: 1 });
    const { error, response } = await api.GET("/orders", { maxRetries: 3 });
    expect(server.requests).toHaveLength(4);
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "down" });
  });

  it("does not retry at all with maxRetries 0", async () => {
    server.respondWith(() => ({ status: 503, headers: soon }));
    await client({ maxRetries: 0 }).api.GET("/orders");
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures and timeouts", () => {
  it("retries a GET whose connection was reset mid-response, then fails with ConnectionError", async () => {
    server.respondWith(() => ({ status: 200, body: [{ id: 1 }, { id: 2 }], fault: "reset" }));
    const { api, retries } = client({ maxRetries: 1 });
    const error = await api.GET("/orders").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ provider: "shop", operation: "GET /orders" });
    expect((error as Error).cause).toBeDefined();
    expect(server.requests).toHaveLength(2);
    expect(retries[0]?.cause).toBeInstanceOf(ConnectionError);
  });

  it("never resends a POST whose connection dropped", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 }, fault: "reset" }));
    const error = await client()
      .api.POST("/orders", { body: { plan: "residential" } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("times out a stalled GET per attempt, retries it, then fails with TimeoutError", async () => {
    server.respondWith(() => ({ status: 200, body: [], fault: "stall" }));
    const { api } = client({ maxRetries: 1 });
    const error = await api.GET("/orders", { timeout: 500 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeout: 500, operation: "GET /orders" });
    expect(server.requests).toHaveLength(2);
  });

  it("never resends a POST that timed out", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 }, fault: "stall" }));
    const error = await client({ timeout: 500 })
      .api.POST("/orders", { body: { plan: "residential" } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("surfaces the caller's abort as AbortError and never retries it", async () => {
    const controller = new AbortController();
    // Abort only once the server holds the request: on a loaded machine a fixed delay could end the
    // call before it was ever sent, and the request count would no longer say "never retried".
    server.respondWith(() => {
      setTimeout(() => controller.abort(new Error("user navigated away")), 50);
      return { status: 200, body: [], fault: "stall" };
    });
    const error = await client()
      .api.GET("/orders", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toEqual(new Error("user navigated away"));
    expect(server.requests).toHaveLength(1);
  });

  it("aborts during a backoff wait without another attempt", async () => {
    const controller = new AbortController();
    server.respondWith(() => {
      setTimeout(() => controller.abort(), 50);
      return { status: 503, headers: { "retry-after": "30" } };
    });
    const error = await client()
      .api.GET("/orders", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("bodies that are not the documented JSON", () => {
  it("reports invalid JSON on a 200 as an ApiError in `error`, without throwing", async () => {
    server.respondWith(() => ({ status: 200, body: '[{"id": 1', headers: { "content-type": "application/json" } }));
    const result = await client().api.GET("/orders");
    expect(result.data).toBeUndefined();
    expect(result.error).toBeInstanceOf(ApiError);
    expect(String(result.error)).toMatch(/HTTP 200, invalid JSON/);
    expect(() => unwrap(result)).toThrow(ApiError);
  });

  it("reports an HTML 502 page as its text in `error` (as openapi-fetch), and unwrap throws an ApiError with that body", async () => {
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.respondWith(() => ({ status: 502, body: page, headers: { "content-type": "text/html" } }));
    const result = await client({ maxRetries: 0 }).api.GET("/orders");
    expect(result.error).toBe(page);
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ status: 502, body: page }));
  });

  it("reads an empty 200 as no data (as openapi-fetch), and gives an empty 500 a truthy error", async () => {
    server.respondWith(() => ({ status: 200 }));
    const empty = await client().api.GET("/orders");
    expect(empty.data).toBeUndefined();
    expect(empty.error).toBeUndefined();
    expect(empty.response.status).toBe(200);
    server.respondWith(() => ({ status: 500 }));
    const failed = await client({ maxRetries: 0 }).api.GET("/orders");
    expect(failed.error).toBeInstanceOf(ApiError);
    expect(failed.error).toMatchObject({ status: 500, body: "" });
    expect(failed.data).toBeUndefined();
  });

  it("returns a 204 as success without data or error", async () => {
    server.respondWith(() => ({ status: 204 }));
    const result = await client().api.DELETE("/orders/{id}", { params: { path: { id: 1 } } });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(unwrap(result)).toBeUndefined();
  });

  it("reads a large body completely", async () => {
    const orders = Array.from({ length: 50_000 }, (_, id) => ({ id }));
    server.respondWith(() => ({ status: 200, body: orders }));
    const { data } = await client().api.GET("/orders");
    expect(data).toHaveLength(50_000);
    expect(data?.[49_999]).toEqual({ id: 49_999 });
  });
});

describe("what results and errors carry", () => {
  it("puts rate-limit headers and the request id on results and errors", async () => {
    const headers = {
      "x-ratelimit-limit": "60",
      "x-ratelimit-remaining": "0",
      "ratelimit-reset": "30",
      "x-request-id": "req_123",
    };
    server.respondWith(() => ({ status: 200, body: [], headers }));
    const ok = await client().api.GET("/orders");
    expect(ok.rateLimit).toEqual({ limit: 60, remaining: 0, reset: 30 });
    expect(ok.requestId).toBe("req_123");

    server.respondWith(() => ({
      status: 429,
      body: { message: "limited" },
      headers: { ...headers, "retry-after": "90" },
    }));
    const limited = await client().api.GET("/orders");
    expect(catchError(() => unwrap(limited))).toMatchObject({
      status: 429,
      requestId: "req_123",
      rateLimit: { limit: 60, remaining: 0, reset: 30 },
      retryAfter: 90_000,
      body: { message: "limited" },
    });
  });

  it("reports Deprecation and Sunset once per operation", async () => {
    const warnings: unknown[] = [];
    server.respondWith(() => ({
      status: 200,
      body: [],
      headers: { deprecation: "true", sunset: "Wed, 31 Dec 2025 23:59:59 GMT" },
    }));
    const { api } = client({ onDeprecation: (warning) => warnings.push(warning) });
    await api.GET("/orders");
    await api.GET("/orders");
    expect(warnings).toEqual([
      { provider: "shop", operation: "GET /orders", deprecation: "true", sunset: "Wed, 31 Dec 2025 23:59:59 GMT" },
    ]);
  });

  it("rejects a bad per-call timeout or maxRetries before sending", async () => {
    await expect(client().api.GET("/orders", { timeout: -1 })).rejects.toThrow(/timeout must be a positive number/);
    await expect(client().api.GET("/orders", { maxRetries: 1.5 })).rejects.toThrow(/maxRetries must be a whole number/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the token never leaks", () => {
  // The server echoes the credential back, as a careless error page might.
  const echo = (status: number) => () => ({
    status,
    body: `denied for ${token}`,
    headers: { "content-type": "text/plain" },
  });
  const leaks = (value: unknown) => {
    const views = [
      String(value),
      JSON.stringify(value),
      inspect(value, { depth: 10, showHidden: true }),
      value instanceof Error ? value.message : "",
    ];
    return views.some((view) => view.includes(token) || view.includes(token.slice(3)));
  };

  it.each([401, 500, 200])("not through the ApiError of an echoed %s response", async (status) => {
    server.respondWith(echo(status));
    const result = await client({ maxRetries: 0 }).api.GET("/orders");
    const error = catchError(() => unwrap(result));
    expect(error).toBeInstanceOf(ApiError);
    expect(leaks(error)).toBe(false);
    expect(leaks(result.error)).toBe(false);
  });

  it("not through connection, timeout or abort errors", async () => {
    server.respondWith(() => ({ status: 200, body: [], fault: "reset" }));
    const reset = await client({ maxRetries: 0 })
      .api.GET("/orders")
      .catch((caught: unknown) => caught);
    server.respondWith(() => ({ status: 200, body: [], fault: "stall" }));
    const timeout = await client({ maxRetries: 0, timeout: 50 })
      .api.GET("/orders")
      .catch((caught: unknown) => caught);
    const controller = new AbortController();
    controller.abort();
    const abort = await client()
      .api.GET("/orders", { signal: controller.signal })
      .catch((caught: unknown) => caught);
    for (const error of [reset, timeout, abort]) {
      expect(error).toBeInstanceOf(Error);
      expect(leaks(error)).toBe(false);
    }
  });

  it("not through onRetry events", async () => {
    server.respondWith(replySequence({ status: 503, headers: soon }, { status: 200, body: [] }));
    const { api, retries } = client();
    await api.GET("/orders");
    expect(retries).toHaveLength(1);
    expect(leaks(retries)).toBe(false);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
