import { describe, expect, it } from "vitest";
import { type Reply, timeoutFor } from "../server.js";
import { useTestServer } from "../use-server.js";

/** A call of the package under test against `baseUrl`, with per-call options. */
export type FaultCall = (baseUrl: string, init: { timeout?: number; maxRetries?: number }) => Promise<unknown>;

export interface RetryContract {
  /** An idempotent call (GET), expected to be retried on transport failures and 5xx. */
  read: FaultCall;
  /** A non-idempotent call (POST or PATCH), expected to be sent once unless the answer is 429. */
  write: FaultCall;
  /** The names the two calls go by in test titles, e.g. `"GET /orders"`, `"POST /orders"`. */
  names: [read: string, write: string];
}

// Retry-After in milliseconds keeps every retry short.
const soon = { "retry-after-ms": "1" };

/** The fault matrix: what the server does, and how many requests it must see for a read and a write. */
const matrix: [fault: string, reply: Reply, readAttempts: number, writeAttempts: number, outcome: string][] = [
  ["500", { status: 500, body: { detail: "boom" }, headers: soon }, 3, 1, "result"],
  [
    "502 HTML page",
    { status: 502, body: "<html>Bad Gateway</html>", headers: { ...soon, "content-type": "text/html" } },
    3,
    1,
    "result",
  ],
  ["503", { status: 503, headers: soon }, 3, 1, "result"],
  ["504", { status: 504, headers: soon }, 3, 1, "result"],
  ["429", { status: 429, headers: soon }, 3, 3, "result"],
  ["connection reset", { status: 200, body: { id: 1 }, fault: "reset" }, 3, 1, "ConnectionError"],
  ["stall past timeout", { status: 200, body: { id: 1 }, fault: "stall" }, 3, 1, "TimeoutError"],
  [
    "invalid JSON 200",
    { status: 200, body: '{"id":', headers: { "content-type": "application/json" } },
    1,
    1,
    "result",
  ],
  // An empty success is no data and no error, as in openapi-fetch.
  ["empty 200", { status: 200 }, 1, 1, "success"],
];

/**
 * Registers the retry contract of a client package against a real faulty server: per fault, the
 * number of requests the server saw for an idempotent and a non-idempotent call (`maxRetries` 2), and
 * that the outcome is a result with a truthy `error`, a success (without data), or the named transport
 * error, never anything else.
 */
export function describeRetryContract({ read, write, names }: RetryContract): void {
  describe("retries against a faulty server", () => {
    const server = useTestServer();

    for (const [fault, reply, readAttempts, writeAttempts, outcome] of matrix) {
      for (const [name, call, attempts] of [
        [names[0], read, readAttempts],
        [names[1], write, writeAttempts],
      ] as const) {
        it(`${fault}: ${name} is sent ${attempts} time(s) and ends in ${outcome}`, async () => {
          server.respondWith(() => reply);
          const settled = await call(server.url, { maxRetries: 2, timeout: timeoutFor(reply) }).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
          expect(server.requests).toHaveLength(attempts);
          if (outcome === "result" || outcome === "success") {
            expect(settled).toHaveProperty("result");
            const { data, error } = (settled as { result: { data?: unknown; error?: unknown } }).result;
            expect(data).toBeUndefined();
            if (outcome === "result") expect(error).toBeTruthy();
            else expect(error).toBeUndefined();
          } else {
            expect((settled as { error?: Error }).error?.name).toBe(outcome);
          }
        }, 30_000);
      }
    }
  });
}
