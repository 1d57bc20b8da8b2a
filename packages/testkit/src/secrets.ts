import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { type Reply, timeoutFor } from "./server.js";
import { useTestServer } from "./use-server.js";

/** Every way an error or result is commonly printed or logged. */
function views(value: unknown): string[] {
  return [
    String(value),
    JSON.stringify(value) ?? "",
    inspect(value, { depth: 10, showHidden: true }),
    value instanceof Error ? `${value.message}\n${value.stack}` : "",
  ];
}

export interface SecretSafety {
  /** The credential the client is created with; it must never show up. */
  token: string;
  /** One call of the package under test, against `baseUrl`, with per-call `init` (`timeout`, `maxRetries`, `signal`). */
  call: (baseUrl: string, init: { timeout?: number; maxRetries?: number; signal?: AbortSignal }) => Promise<unknown>;
  /** Turns a result into the thrown error, i.e. the package's `unwrap`. */
  unwrap: (result: never) => unknown;
}

/**
 * Registers the secret-safety tests of a client package: for every failure path (error bodies that
 * echo the credential, an invalid JSON 200, a reset connection, a timeout, a caller abort) neither the
 * result nor the error shows the token through `String()`, `JSON.stringify`, `util.inspect` or its stack.
 */
export function describeSecretSafety({ token, call, unwrap }: SecretSafety): void {
  describe("the token never leaks", () => {
    const server = useTestServer();

    const echoed = (status: number): Reply => ({
      status,
      body: `{"detail": "bad token ${token}"}`,
      headers: { "content-type": status === 502 ? "text/html" : "application/json" },
    });
    const cases: [string, Reply][] = [
      ["an echoed 401", echoed(401)],
      ["an echoed 422", echoed(422)],
      ["an echoed 502 page", echoed(502)],
      [
        "an invalid JSON 200",
        { status: 200, body: `{"token": "${token}"`, headers: { "content-type": "application/json" } },
      ],
      ["a reset connection", { status: 200, body: [token], fault: "reset" }],
      ["a timeout", { status: 200, body: [token], fault: "stall" }],
    ];

    it.each(cases)("through %s", async (_name, reply) => {
      server.respondWith(() => reply);
      const outcome = await call(server.url, { timeout: timeoutFor(reply), maxRetries: 0 }).then(
        (result) => {
          let thrown: unknown;
          try {
            unwrap(result as never);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(Error);
          return [result, thrown];
        },
        (error: unknown) => [error],
      );
      expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
      for (const value of outcome) {
        for (const view of views(value)) expect(view).not.toContain(token);
      }
    });

    it("through a caller abort", async () => {
      const controller = new AbortController();
      // Abort once the server holds the request, so the token was on the wire when the abort came.
      server.respondWith(() => {
        setTimeout(() => controller.abort(), 20);
        return { status: 200, body: [], fault: "stall" };
      });
      const error = await call(server.url, { signal: controller.signal }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      for (const view of views(error)) expect(view).not.toContain(token);
    });
  });
}
