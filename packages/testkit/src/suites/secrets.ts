import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { type Reply, timeoutFor } from "../server.js";
import { useTestServer } from "../use-server.js";

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
  /** The provider's kind of credential; it must never show up, nor must the tricky ones tried after it. */
  token: string;
  /**
   * One call of the package under test, against `baseUrl`, with a client made with `token` and
   * per-call `init` (`timeout`, `maxRetries`, `signal`).
   */
  call: (
    baseUrl: string,
    init: { timeout?: number; maxRetries?: number; signal?: AbortSignal },
    token: string,
  ) => Promise<unknown>;
  /** Turns a result into the thrown error, i.e. the package's `unwrap`. */
  unwrap: (result: never) => unknown;
}

/**
 * Registers the secret-safety tests of a client package: for every failure path (error bodies that
 * echo the credential, an invalid JSON 200, a reset connection, a timeout, a caller abort) neither the
 * result nor the error shows the token through `String()`, `JSON.stringify`, `util.inspect` or its stack.
 */
export function describeSecretSafety({ token: usual, call, unwrap }: SecretSafety): void {
  // Quotes and backslashes change when JSON-escaped; digits look like numbers in a body.
  const tokens = [usual, 'tok"en\\with_quote', "12345678901234"];
  describe.each(tokens)("the token %s never leaks", (token) => {
    const server = useTestServer();
    const json = (status: number) => ({ "content-type": status === 502 ? "text/html" : "application/json" });

    const echoed = (status: number): Reply => ({
      status,
      body: JSON.stringify({ detail: `bad token ${token}`, count: 42 }),
      headers: json(status),
    });
    const cases: [string, Reply][] = [
      ["an echoed 401", echoed(401)],
      ["an echoed 422", echoed(422)],
      ["an echoed 502 page", { status: 502, body: `<p>bad token ${token}</p>`, headers: json(502) }],
      ["an invalid JSON 200", { status: 200, body: `{"token": ${JSON.stringify(token)}`, headers: json(200) }],
      ["a reset connection", { status: 200, body: [token], fault: "reset" }],
      ["a timeout", { status: 200, body: [token], fault: "stall" }],
    ];

    it.each(cases)("through %s", async (_name, reply) => {
      server.respondWith(() => reply);
      const outcome = await call(server.url, { timeout: timeoutFor(reply), maxRetries: 0 }, token).then(
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
        for (const view of views(value)) {
          expect(view).not.toContain(token);
          expect(view).not.toContain(JSON.stringify(token).slice(1, -1));
        }
      }
    });

    it("without corrupting the rest of an echoed JSON body, numbers that look like it included", async () => {
      const body = { detail: `bad token ${token}`, count: 12345678901234, loc: ["query", 12345678901234] };
      server.respondWith(() => ({ status: 401, body }));
      const result = (await call(server.url, { maxRetries: 0 }, token)) as { error?: unknown };
      expect(result.error).toEqual({ ...body, detail: "bad token [REDACTED]" });
    });

    it("through a caller abort", async () => {
      const controller = new AbortController();
      // Abort once the server holds the request, so the token was on the wire when the abort came.
      server.respondWith(() => {
        setTimeout(() => controller.abort(), 20);
        return { status: 200, body: [], fault: "stall" };
      });
      const error = await call(server.url, { signal: controller.signal }, token).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      for (const view of views(error)) expect(view).not.toContain(token);
    });
  });

  it("a token with a line break is refused before anything is sent, without being quoted", async () => {
    const error = await Promise.resolve()
      .then(() => call("http://127.0.0.1:9", { maxRetries: 0 }, "tok\r\nX-Admin: 1"))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toMatch(/token must be visible ASCII/);
    expect(String(error)).not.toContain("X-Admin");
  });
}
