// Middleware, with the cases openapi-fetch's own middleware suite covers (their facts, our tests), plus
// what our runtime adds: hooks run once per attempt, and a retried call passes through them again.
import { replySequence, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { createApiClient, type Middleware, type MiddlewareParams, type ProviderInfo } from "../src/index.js";

interface paths {
  "/orders/{id}": {
    get: {
      parameters: { path: { id: string }; query?: { expand?: string } };
      responses: { 200: { content: { "application/json": { id: string; tag?: string } } } };
    };
  };
}

const provider: ProviderInfo = { id: "shop", version: "1.0.0", defaultBaseUrl: "https://shop.invalid" };
const server = useTestServer(() => ({ status: 200, body: { id: "a" } }));
const client = () => createApiClient<paths>(provider, { baseUrl: server.url, maxRetries: 0 });
const get = (api = client(), init: object = {}) => api.GET("/orders/{id}", { params: { path: { id: "a" } }, ...init });

describe("middleware", () => {
  it("onRequest can change the request in place: headers reach the server", async () => {
    const api = client();
    api.use({
      onRequest({ request }) {
        request.headers.set("X-Signature", "sig-1");
      },
    });
    await get(api);
    expect(server.requests[0]?.headers["x-signature"]).toBe("sig-1");
  });

  it("onRequest can return a new Request with another URL and body", async () => {
    const api = client();
    api.use({
      onRequest: ({ request }) =>
        new Request(`${request.url}?expand=all`, { method: "POST", body: "x", headers: request.headers }),
    });
    await get(api);
    expect(server.requests.map(({ method, url, body }) => [method, url, body])).toEqual([
      ["POST", "/orders/a?expand=all", "x"],
    ]);
  });

  it("onRequest can answer with a Response: nothing is sent and onResponse is skipped", async () => {
    const api = client();
    const seen: string[] = [];
    api.use({ onRequest: () => Response.json({ id: "cached" }), onResponse: () => void seen.push("onResponse") });
    const { data } = await get(api);
    expect(data).toEqual({ id: "cached" });
    expect(server.requests).toHaveLength(0);
    expect(seen).toEqual([]);
  });

  it("onResponse can replace the response", async () => {
    const api = client();
    api.use({ onResponse: async ({ response }) => Response.json({ ...(await response.json()), tag: "seen" }) });
    const { data } = await get(api);
    expect(data).toEqual({ id: "a", tag: "seen" });
  });

  it("runs onRequest in order and onResponse in reverse, with one id, the schema path and params", async () => {
    const order: string[] = [];
    const seen: MiddlewareParams[] = [];
    const named = (name: string): Middleware => ({
      onRequest(params) {
        order.push(`request ${name}`);
        seen.push(params);
      },
      onResponse(params) {
        order.push(`response ${name}`);
        seen.push(params);
      },
    });
    const api = client();
    api.use(named("a"), named("b"));
    await get(api, { params: { path: { id: "a" }, query: { expand: "x" } } });
    expect(order).toEqual(["request a", "request b", "response b", "response a"]);
    expect(new Set(seen.map((params) => params.id)).size).toBe(1);
    expect(seen[0]).toMatchObject({
      schemaPath: "/orders/{id}",
      params: { path: { id: "a" }, query: { expand: "x" } },
    });
    expect(seen[0]?.options.baseUrl).toBe(server.url);
  });

  it("onError can recover from a failed fetch with a Response", async () => {
    const api = createApiClient<paths>(provider, { baseUrl: "http://127.0.0.1:9", maxRetries: 0 });
    api.use({ onError: () => Response.json({ id: "fallback" }) });
    const { data } = await get(api);
    expect(data).toEqual({ id: "fallback" });
  });

  it("onError can throw an Error of its own instead", async () => {
    const api = createApiClient<paths>(provider, { baseUrl: "http://127.0.0.1:9", maxRetries: 0 });
    class Offline extends Error {}
    api.use({ onError: () => new Offline("offline") });
    await expect(get(api)).rejects.toBeInstanceOf(Offline);
  });

  it("per-call middleware runs after the client's, for that call only", async () => {
    const order: string[] = [];
    const api = client();
    api.use({ onRequest: () => void order.push("client") });
    await get(api, { middleware: [{ onRequest: () => void order.push("call") }] });
    await get(api);
    expect(order).toEqual(["client", "call", "client"]);
  });

  it("eject removes middleware", async () => {
    const calls: string[] = [];
    const api = client();
    const hook: Middleware = { onRequest: () => void calls.push("hook") };
    api.use(hook);
    await get(api);
    api.eject(hook);
    await get(api);
    expect(calls).toEqual(["hook"]);
  });

  it("runs once per call, as openapi-fetch does: the retries happen inside, onResponse sees the final response", async () => {
    server.respondWith(
      replySequence({ status: 503, headers: { "retry-after-ms": "1" } }, { status: 200, body: { id: "a" } }),
    );
    const statuses: number[] = [];
    let calls = 0;
    const api = createApiClient<paths>(provider, { baseUrl: server.url, maxRetries: 1 });
    api.use({
      onRequest: ({ request }) => void request.headers.set("X-Call", String(++calls)),
      onResponse: ({ response }) => void statuses.push(response.status),
    });
    await get(api);
    expect(server.requests.map((request) => request.headers["x-call"])).toEqual(["1", "1"]);
    expect(statuses).toEqual([200]);
  });

  it("an Authorization set by middleware is redacted like the token", async () => {
    server.respondWith(() => ({ status: 401, body: { detail: "bad key mw_secret_123" } }));
    const api = client();
    api.use({ onRequest: ({ request }) => void request.headers.set("Authorization", "Bearer mw_secret_123") });
    const { error } = await get(api);
    expect(JSON.stringify(error)).not.toContain("mw_secret_123");
  });

  it("refuses what is not middleware, and a hook that returns something else", async () => {
    expect(() => client().use({} as Middleware)).toThrow(/Middleware must be an object with one of `onRequest\(\)`/);
    const api = client();
    api.use({ onRequest: () => "nope" as unknown as Request });
    await expect(get(api)).rejects.toThrow(/onRequest: must return new Request\(\) or Response\(\)/);
  });
});
