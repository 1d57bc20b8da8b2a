import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelay,
  createApiClient,
  isRetryableStatus,
  parseRetryAfter,
} from "../src/index.js";

describe("backoffDelay", () => {
  it("is full jitter: a whole number in [0, min(8 s, 0.5 s · 2^retry))", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, random) => {
          const delay = backoffDelay(retry, () => random);
          const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(ceiling);
        },
      ),
    );
  });

  it("spans the whole window: the top of the random range reaches the ceiling", () => {
    expect(backoffDelay(0, () => 0.999_999)).toBe(499);
    expect(backoffDelay(3, () => 0.999_999)).toBe(3999);
    expect(backoffDelay(10, () => 0.999_999)).toBe(7999);
    expect(backoffDelay(2, () => 0)).toBe(0);
  });
});

describe("parseRetryAfter", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("reads seconds as milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (seconds) => {
        expect(parseRetryAfter(headers({ "retry-after": String(seconds) }))).toBe(seconds * 1000);
      }),
    );
  });

  it("reads an HTTP date as the time left until it, never negative", () => {
    const now = Date.parse("2026-11-20T12:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: -3600, max: 3600 }), (offset) => {
        const date = new Date(now + offset * 1000).toUTCString();
        expect(parseRetryAfter(headers({ "retry-after": date }), now)).toBe(Math.max(0, offset * 1000));
      }),
    );
  });

  it("prefers retry-after-ms and ignores what it cannot read", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "250.5", "retry-after": "9" }))).toBe(250.5);
    expect(parseRetryAfter(headers({ "retry-after": "soon" }))).toBeUndefined();
    expect(parseRetryAfter(headers({}))).toBeUndefined();
  });
});

describe("isRetryableStatus", () => {
  it("retries 429 for every method, 408 and 5xx only for idempotent ones", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]) {
      expect([408, 429, 500, 502, 503, 504].every((status) => isRetryableStatus(method, status))).toBe(true);
      expect([400, 401, 404, 409, 422, 501].some((status) => isRetryableStatus(method, status))).toBe(false);
    }
    for (const method of ["POST", "PATCH"]) {
      expect(isRetryableStatus(method, 429)).toBe(true);
      expect([408, 500, 502, 503, 504].some((status) => isRetryableStatus(method, status))).toBe(false);
    }
  });
});

describe("random malformed responses", () => {
  interface paths {
    "/x": { get: { responses: { 200: { content: { "application/json": unknown } } } } };
  }

  it("never throw, and a failure always carries a truthy error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(200, 201, 204, 400, 404, 422, 429, 500, 502, 503),
        fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 64 })),
        fc.constantFrom("application/json", "text/html", "application/octet-stream"),
        async (status, body, contentType) => {
          const client = createApiClient<paths>(
            { id: "fuzz", version: "0.0.0", defaultBaseUrl: "https://fuzz.invalid" },
            {
              maxRetries: 0,
              fetch: async () =>
                new Response(status === 204 ? null : body, { status, headers: { "content-type": contentType } }),
            },
          );
          // Typed loosely: the spec documents no error response, yet the server sends them.
          const result: { data?: unknown; error?: unknown; response: Response } = await client.GET("/x");
          expect(result.response.status).toBe(status);
          if (status === 204) {
            expect(result.error).toBeUndefined();
          } else if (result.error === undefined) {
            expect(status).toBeLessThan(300);
            // An empty body is no data, as in openapi-fetch; any other is parsed JSON.
            expect(result.data === undefined).toBe(body.length === 0);
          } else {
            expect(result.error).toBeTruthy();
            expect(result.data).toBeUndefined();
            if (status < 300) expect(result.error).toBeInstanceOf(ApiError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
