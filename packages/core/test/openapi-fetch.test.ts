// openapi-fetch 0.17's documented behaviours (https://openapi-ts.dev/openapi-fetch/api), one test per
// behaviour, run against our client: what a user of openapi-fetch relies on works the same here. These
// tests are also what would let us vendor openapi-fetch the day it needs a fix (see the README).
import { useTestServer } from "@specfirst/testkit";
import type { Client, Middleware } from "openapi-fetch";
import { wrapAsPathBasedClient } from "openapi-fetch";
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { type ClientOptions, createApiClient, type ProviderInfo } from "../src/index.js";

interface paths {
  "/items": {
    get: {
      parameters: { query?: { tags?: string[]; filter?: Record<string, string>; q?: string } };
      responses: {
        200: { content: { "application/json": { id: number }[] } };
        404: { content: { "application/json": { detail: string } } };
      };
    };
    post: {
      requestBody: {
        content: { "application/json": { name: string }; "application/x-www-form-urlencoded": { name: string } };
      };
      responses: { 201: { content: { "application/json": { id: number } } } };
    };
    put: { responses: { 200: { content: { "application/json": unknown } } } };
    delete: { responses: { 204: { content?: never } } };
    options: { responses: { 204: { content?: never } } };
    head: { responses: { 200: { content?: never } } };
    patch: { responses: { 200: { content: { "application/json": unknown } } } };
    trace: { responses: { 200: { content: { "message/http": string } } } };
  };
  "/items/{id}": {
    get: {
      parameters: { path: { id: number } };
      responses: { 200: { content: { "application/json": { id: number } } } };
    };
  };
}

const provider: ProviderInfo = { id: "shop", version: "1.0.0", defaultBaseUrl: "https://shop.invalid" };
const server = useTestServer();
beforeEach(() => server.respondWith(() => ({ status: 200, body: [{ id: 1 }] })));
const client = (options: ClientOptions = {}) =>
  createApiClient<paths>(provider, { baseUrl: server.url, maxRetries: 0, ...options });
const last = () => server.requests.at(-1);

describe("openapi-fetch's client", () => {
  it("baseUrl: a trailing slash is dropped, and a per-call baseUrl replaces the client's", async () => {
    await client({ baseUrl: `${server.url}/` }).GET("/items");
    expect(last()?.url).toBe("/items");
    await createApiClient<paths>(provider, { baseUrl: "https://elsewhere.invalid" }).GET("/items", {
      baseUrl: `${server.url}/v2/`,
    });
    expect(last()?.url).toBe("/v2/items");
  });

  it.each(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"] as const)(
    "%s sends its method",
    async (method) => {
      server.respondWith(() => ({ status: 200, body: {} }));
      const api = client() as unknown as Record<string, (path: string, init?: object) => Promise<unknown>>;
      await api[method]?.("/items", method === "POST" ? { body: { name: "x" } } : {});
      expect(last()?.method).toBe(method);
    },
  );

  it("TRACE is a method too, and like openapi-fetch's it is refused by fetch's Request (a forbidden method)", async () => {
    await expect(client().TRACE("/items")).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it("request(method, path, init) calls any method by name, lower or upper case", async () => {
    const { data } = await client().request("get", "/items/{id}", { params: { path: { id: 7 } } });
    expect(last()).toMatchObject({ method: "GET", url: "/items/7" });
    expect(data).toEqual([{ id: 1 }]);
    await client().request("delete", "/items");
    expect(last()?.method).toBe("DELETE");
  });

  it("wrapAsPathBasedClient(client) gives the path-based client, still ours", async () => {
    const byPath = wrapAsPathBasedClient(client({ token: "tok_path_based" }));
    const { data } = await byPath["/items/{id}"].GET({ params: { path: { id: 3 } } });
    expect(last()).toMatchObject({ url: "/items/3", headers: { authorization: "Bearer tok_path_based" } });
    expect(data).toEqual([{ id: 1 }]);
  });

  it("the client is an openapi-fetch Client<paths>, and use() takes middleware typed with openapi-fetch's Middleware", () => {
    expectTypeOf(client()).toExtend<Client<paths, "application/json">>();
    const middleware: Middleware = { onRequest: () => undefined };
    client().use(middleware);
  });
});

describe("fetch and Request", () => {
  it("a custom fetch receives a Request: its url, method, headers and body", async () => {
    const seen: Request[] = [];
    await client({
      token: "tok_fetch",
      fetch: async (request) => {
        seen.push(request);
        return Response.json({ id: 1 }, { status: 201 });
      },
    }).POST("/items", { body: { name: "x" }, headers: { "X-Trace": "1" } });
    const request = seen[0] as Request;
    expect(request).toBeInstanceOf(Request);
    expect(request.url).toBe(`${server.url}/items`);
    expect(request.method).toBe("POST");
    expect(request.headers.get("x-trace")).toBe("1");
    expect(request.headers.get("authorization")).toBe("Bearer tok_fetch");
    expect(await request.json()).toEqual({ name: "x" });
  });

  it("requestInitExt is fetch's second argument (on Node)", async () => {
    const seen: unknown[] = [];
    const requestInitExt = { marker: "ext" };
    await client({
      requestInitExt,
      fetch: async (_request, init) => {
        seen.push(init);
        return Response.json([]);
      },
    }).GET("/items");
    expect(seen).toEqual([requestInitExt]);
  });

  it("Request: the class requests are made with", async () => {
    class TracedRequest extends Request {}
    const seen: Request[] = [];
    await client({
      Request: TracedRequest,
      fetch: async (request) => {
        seen.push(request);
        return Response.json([]);
      },
    }).GET("/items");
    expect(seen[0]).toBeInstanceOf(TracedRequest);
  });

  it("every RequestInit field of the client is on the Request", async () => {
    const seen: Request[] = [];
    await client({
      credentials: "omit",
      cache: "no-cache",
      keepalive: true,
      referrerPolicy: "no-referrer",
      fetch: async (request) => {
        seen.push(request);
        return Response.json([]);
      },
    }).GET("/items");
    expect(seen[0]).toMatchObject({
      credentials: "omit",
      cache: "no-cache",
      keepalive: true,
      referrerPolicy: "no-referrer",
    });
  });

  it("a per-call init field unknown to Request is copied onto it, for middleware to read", async () => {
    const seen: unknown[] = [];
    const api = client();
    api.use({ onRequest: ({ request }) => void seen.push((request as Request & { traceId?: string }).traceId) });
    await api.GET("/items", { traceId: "t-1" } as object);
    expect(seen).toEqual(["t-1"]);
  });
});

describe("headers", () => {
  it("per-call headers are merged over the client's", async () => {
    await client({ headers: { "X-App": "shop", "X-Env": "test" } }).GET("/items", { headers: { "X-Env": "ci" } });
    expect(last()?.headers).toMatchObject({ "x-app": "shop", "x-env": "ci" });
  });

  it("null removes a header, the JSON Content-Type included", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    await client({ headers: { "X-App": "shop" } }).POST("/items", {
      body: { name: "x" },
      headers: { "X-App": null, "Content-Type": null },
    });
    expect(last()?.headers["x-app"]).toBeUndefined();
    expect(last()?.headers["content-type"]).not.toBe("application/json");
  });

  it("undefined leaves the client's header as it is", async () => {
    await client({ headers: { "X-App": "shop" } }).GET("/items", { headers: { "X-App": undefined } });
    expect(last()?.headers["x-app"]).toBe("shop");
  });

  it("an array sends every value", async () => {
    await client().GET("/items", { headers: { "X-Tag": ["a", "b"] } });
    expect(last()?.headers["x-tag"]).toBe("a, b");
  });

  it("Headers and [name, value] pairs are accepted too", async () => {
    await client({ headers: new Headers({ "X-App": "shop" }) }).GET("/items", { headers: [["X-Call", "1"]] });
    expect(last()?.headers).toMatchObject({ "x-app": "shop", "x-call": "1" });
  });
});

describe("serializers", () => {
  it("querySerializer as a function, for the client or one call", async () => {
    await client({ querySerializer: () => "from=client" }).GET("/items", { params: { query: { q: "x" } } });
    expect(last()?.url).toBe("/items?from=client");
    await client().GET("/items", { params: { query: { q: "x" } }, querySerializer: (query) => `q=${query.q}!` });
    expect(last()?.url).toBe("/items?q=x!");
  });

  it("querySerializer options: array and object styles, and a call's options merged with the client's", async () => {
    const api = client({ querySerializer: { array: { style: "pipeDelimited", explode: false } } });
    await api.GET("/items", { params: { query: { tags: ["a", "b"] } } });
    expect(last()?.url).toBe("/items?tags=a|b");
    await api.GET("/items", {
      params: { query: { tags: ["a", "b"], filter: { status: "paid" } } },
      querySerializer: { object: { style: "form", explode: true } },
    });
    expect(last()?.url).toBe("/items?tags=a|b&status=paid");
  });

  it("querySerializer allowReserved sends reserved characters as they are", async () => {
    await client({ querySerializer: { allowReserved: true } }).GET("/items", { params: { query: { q: "a/b:c" } } });
    expect(last()?.url).toBe("/items?q=a/b:c");
  });

  it("bodySerializer, for the client or one call", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    await client({ bodySerializer: (body) => `client:${JSON.stringify(body)}` }).POST("/items", {
      body: { name: "x" },
    });
    expect(last()?.body).toBe('client:{"name":"x"}');
    await client().POST("/items", { body: { name: "y" }, bodySerializer: (body) => `call:${JSON.stringify(body)}` });
    expect(last()?.body).toBe('call:{"name":"y"}');
  });

  it("a plain object is form-encoded under Content-Type: application/x-www-form-urlencoded", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    await client().POST("/items", {
      body: { name: "a b&c" },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(last()).toMatchObject({
      body: "name=a+b%26c",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  });

  it("FormData is sent as multipart/form-data with its boundary", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    const form = new FormData();
    form.append("name", "x");
    await client().POST("/items", { body: form as never });
    expect(last()?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(last()?.body).toContain('name="name"');
  });

  it("a string body is sent as JSON", async () => {
    server.respondWith(() => ({ status: 201, body: { id: 1 } }));
    await client().POST("/items", { body: "plain" as never });
    expect(last()).toMatchObject({ body: '"plain"', headers: { "content-type": "application/json" } });
  });

  it("pathSerializer, given the URL and the path parameters", async () => {
    await client({ pathSerializer: (url, values) => url.replace("{id}", `id-${values.id}`) }).GET("/items/{id}", {
      params: { path: { id: 5 } },
    });
    expect(last()?.url).toBe("/items/id-5");
  });
});

describe("responses", () => {
  it.each([
    ["text", "text body", "text body"],
    ["arrayBuffer", "bytes", new TextEncoder().encode("bytes").buffer],
  ] as const)("parseAs %s", async (parseAs, body, expected) => {
    server.respondWith(() => ({ status: 200, body, headers: { "content-type": "text/plain" } }));
    const { data } = await client().GET("/items", { parseAs });
    expect(data).toEqual(expected);
  });

  it("parseAs blob", async () => {
    server.respondWith(() => ({ status: 200, body: "<x/>", headers: { "content-type": "application/xml" } }));
    const { data } = await client().GET("/items", { parseAs: "blob" });
    expect(data).toBeInstanceOf(Blob);
    expect(await data?.text()).toBe("<x/>");
  });

  it("parseAs stream leaves the body unread", async () => {
    server.respondWith(() => ({ status: 200, body: "streamed" }));
    const { data } = await client().GET("/items", { parseAs: "stream" });
    expect(await new Response(data).text()).toBe("streamed");
  });

  it("an empty body is no data: 204, and a 200 with Content-Length: 0", async () => {
    server.respondWith(() => ({ status: 204 }));
    expect((await client().DELETE("/items")).data).toBeUndefined();
    server.respondWith(() => ({ status: 200, body: "" }));
    const result = await client().GET("/items");
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
  });

  it("an error body is the parsed JSON, or the text when it is not JSON", async () => {
    server.respondWith(() => ({ status: 404, body: { detail: "no such item" } }));
    expect((await client().GET("/items")).error).toEqual({ detail: "no such item" });
    server.respondWith(() => ({ status: 404, body: "Not Found", headers: { "content-type": "text/plain" } }));
    expect((await client().GET("/items")).error).toBe("Not Found");
  });
});

describe("middleware", () => {
  it("onRequest in order, onResponse in reverse, with the schema path, params, one id and the options", async () => {
    const calls: string[] = [];
    const ids = new Set<string>();
    const api = client();
    for (const name of ["a", "b"]) {
      api.use({
        onRequest: ({ schemaPath, params, id, options }) => {
          calls.push(`${name}:request ${schemaPath} ${JSON.stringify(params.path)} ${options.parseAs}`);
          ids.add(id);
        },
        onResponse: ({ response, id }) => {
          calls.push(`${name}:response ${response.status}`);
          ids.add(id);
        },
      });
    }
    await api.GET("/items/{id}", { params: { path: { id: 2 } } });
    expect(calls).toEqual([
      'a:request /items/{id} {"id":2} json',
      'b:request /items/{id} {"id":2} json',
      "b:response 200",
      "a:response 200",
    ]);
    expect(ids.size).toBe(1);
  });

  it("onRequest can return a new Request, or a Response that skips the network", async () => {
    const api = client();
    api.use({ onRequest: ({ request }) => new Request(request.url.replace("/items", "/other"), request) });
    await api.GET("/items");
    expect(last()?.url).toBe("/other");
    const answered = client();
    answered.use({ onRequest: () => Response.json([{ id: 9 }]) });
    const before = server.requests.length;
    expect((await answered.GET("/items")).data).toEqual([{ id: 9 }]);
    expect(server.requests).toHaveLength(before);
  });

  it("per-call middleware runs after the client's; eject removes one", async () => {
    const calls: string[] = [];
    const mine: Middleware = { onRequest: () => void calls.push("client") };
    const api = client();
    api.use(mine);
    await api.GET("/items", { middleware: [{ onRequest: () => void calls.push("call") }] });
    api.eject(mine);
    await api.GET("/items");
    expect(calls).toEqual(["client", "call"]);
  });

  it("onResponse can read the body through clone(), and the result still has it", async () => {
    const seen: unknown[] = [];
    const api = client();
    api.use({ onResponse: async ({ response }) => void seen.push(await response.clone().json()) });
    const { data } = await api.GET("/items");
    expect(seen).toEqual([[{ id: 1 }]]);
    expect(data).toEqual([{ id: 1 }]);
  });

  it("onError can answer for a failed fetch", async () => {
    const api = client({ fetch: async () => Promise.reject(new Error("offline")) });
    api.use({ onError: () => Response.json([{ id: 0 }]) });
    expect((await api.GET("/items")).data).toEqual([{ id: 0 }]);
  });
});
