import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../server.js";
import { useTestServer } from "../use-server.js";

type Init = { timeout?: number; maxRetries?: number; redirect?: RequestRedirect };

/** The calls of a client package the attack matrix makes; each creates its client with `token` and `options`. */
export interface AttackMatrix {
  /** A GET with a path parameter, given any `id` (as untyped input would). */
  get: (baseUrl: string, id: unknown, init: Init, options?: { fetch?: typeof fetch }) => Promise<unknown>;
  /** A GET with a query parameter named `name` set to any `value`. */
  list: (baseUrl: string, name: string, value: unknown) => Promise<unknown>;
  /** A POST or PATCH with a JSON body. */
  write: (baseUrl: string, init: Init) => Promise<unknown>;
  /** The query parameter `list` sets. */
  queryName: string;
  /** The credential the client is made with. */
  token: string;
}

type Result = { data?: unknown; error?: unknown; response: Response };

/**
 * Registers the attack and fault matrix of a client package against real servers on 127.0.0.1,
 * asserting what the servers received: structure smuggled through parameters, secrets following a
 * redirect to another origin, a write redirected with 307, a fetch that ignores its signal, and a
 * status outside 200–599.
 */
export function describeAttackMatrix({ get, list, write, queryName, token }: AttackMatrix): void {
  describe("the attack and fault matrix", () => {
    const server = useTestServer();
    let other: TestServer;
    beforeAll(async () => {
      other = await startTestServer(() => ({ status: 200, body: {} }));
    });
    afterAll(() => other.close());

    it.each([
      ["an object", { "../../admin?": "x" }],
      ["an array", ["..", "admin"]],
      ["a dot-dot", ".."],
    ])("a path id given %s is refused before anything is sent", async (_kind, id) => {
      await expect(get(server.url, id, {})).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(0);
    });

    it("a query value given an object is refused before anything is sent", async () => {
      await expect(list(server.url, queryName, { "x&admin": "1" })).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(0);
    });

    it("a query value cannot add a parameter", async () => {
      server.respondWith(() => ({ status: 200, body: {} }));
      await list(server.url, queryName, "1&admin=true").catch(() => undefined);
      const query = new URL(server.requests[0]?.url ?? "/", server.url).searchParams;
      expect(query.get("admin")).toBeNull();
      expect(query.get(queryName)).toBe("1&admin=true");
    });

    it("a redirect to another origin does not carry the token", async () => {
      server.respondWith(() => ({ status: 302, headers: { location: `${other.url}/landing` } }));
      const before = other.requests.length;
      await get(server.url, "7756", { maxRetries: 0 }).catch(() => undefined);
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
      expect(other.requests).toHaveLength(before + 1);
      expect(other.requests.at(-1)?.headers.authorization).toBeUndefined();
    });

    it("a write answered 307 is resent once with the same method and body", async () => {
      server.respondWith((request) =>
        request.url.startsWith("/moved")
          ? { status: 422, body: { detail: "seen" } }
          : { status: 307, headers: { location: `/moved${request.url}` } },
      );
      await write(server.url, { maxRetries: 0 });
      const [first, second] = server.requests;
      expect(server.requests).toHaveLength(2);
      expect([second?.method, second?.body]).toEqual([first?.method, first?.body]);
    });

    it("a fetch that ignores its signal still ends at the timeout", async () => {
      const hanging = () => new Promise<Response>(() => {});
      const error = await get(server.url, "7756", { timeout: 200, maxRetries: 0 }, { fetch: hanging }).catch(
        (caught: unknown) => caught,
      );
      expect((error as Error)?.name).toBe("TimeoutError");
    });

    it("a status outside 200–599 is a failed result, not a retried connection error", async () => {
      server.respondWith(() => ({ status: 600, body: { detail: "odd" } }));
      const result = (await get(server.url, "7756", { maxRetries: 2 })) as Result;
      expect(server.requests).toHaveLength(1);
      expect(result.response.status).toBe(600);
      expect(result.error).toBeTruthy();
    });
  });
}
