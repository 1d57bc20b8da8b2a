// The attack half of the fault and attack matrix: what a hostile input, server or redirect can make the
// client send, asserted on what real servers on 127.0.0.1 received.
import { inspect } from "node:util";
import { type RecordedRequest, startTestServer, type TestServer, useTestServer } from "@specfirst/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createApiClient, formBody, type ProviderInfo, pathStyle, queryStyle, unwrap } from "../src/index.js";

interface paths {
  "/orders": {
    get: {
      parameters: { query?: { status?: string; ids?: string[]; "filter[status]"?: string } };
      responses: { 200: { content: { "application/json": { id: number }[] } } };
    };
    post: {
      requestBody: { content: { "application/json": { plan: string } } };
      responses: { 201: { content: { "application/json": { id: number } } } };
    };
  };
  "/orders/{id}": {
    get: {
      parameters: { path: { id: string | number } };
      responses: { 200: { content: { "application/json": { id: number } } } };
    };
  };
}

const provider: ProviderInfo = { id: "shop", version: "1.0.0", defaultBaseUrl: "https://shop.invalid" };
const token = "sk_live_0123456789abcdef";
const server = useTestServer(() => ({ status: 200, body: { id: 1 } }));
const client = (extra: Parameters<typeof createApiClient>[1] = {}) =>
  createApiClient<paths>(provider, { baseUrl: server.url, token, maxRetries: 0, ...extra });
// What an untyped caller (Express's req.query, JSON input) can pass.
const untyped = (api: ReturnType<typeof client>) =>
  api as unknown as { GET(path: string, init?: object): Promise<unknown> };

describe("inputs are values, never structure", () => {
  it.each([
    ["an object (qs's ?id[../../admin?]=x)", { "../../admin?": "x" }],
    ["an array", ["..", "admin"]],
    ["null", null],
    ["a boolean", true],
    ["NaN", Number.NaN],
    ["a function", () => "x"],
  ])("refuses %s as a path id, naming the parameter, and sends nothing", async (_kind, id) => {
    const call = untyped(client()).GET("/orders/{id}", { params: { path: { id } } });
    await expect(call).rejects.toThrow(TypeError);
    await expect(call).rejects.toThrow(/^shop: GET \/orders\/\{id\}: path parameter "id" must be/);
    expect(server.requests).toHaveLength(0);
  });

  it("sends strings, numbers and bigints as one encoded segment", async () => {
    const api = client();
    for (const id of ["a/b?c#d", 42, 9007199254740993n, "../admin"]) {
      await untyped(api).GET("/orders/{id}", { params: { path: { id } } });
    }
    expect(server.requests.map((request) => request.url)).toEqual([
      "/orders/a%2Fb%3Fc%23d",
      "/orders/42",
      "/orders/9007199254740993",
      "/orders/..%2Fadmin",
    ]);
  });

  it("refuses an object as a query value unless the spec declares one, and sends nothing", async () => {
    const call = untyped(client()).GET("/orders", { params: { query: { status: { "paid&admin": "1" } } } });
    await expect(call).rejects.toThrow(/query parameter "status.paid&admin"|query parameter "status" must be/);
    expect(server.requests).toHaveLength(0);
  });

  it("encodes every query key and value, so none can add a parameter", async () => {
    await untyped(client()).GET("/orders", {
      params: { query: { status: "paid&admin=1", "filter[status]": "a b", "x=1&y": "2", ids: ["1", "2&z=3"] } },
    });
    expect(server.requests[0]?.url).toBe(
      "/orders?status=paid%26admin%3D1&filter%5Bstatus%5D=a%20b&x%3D1%26y=2&ids=1&ids=2%26z%3D3",
    );
    const query = new URL(server.requests[0]?.url ?? "", server.url).searchParams;
    expect([...query.keys()]).toEqual(["status", "filter[status]", "x=1&y", "ids", "ids"]);
  });

  it("refuses an object as a header parameter instead of sending [object Object]", async () => {
    const call = untyped(client()).GET("/orders", { params: { header: { "X-Trace": { a: 1 } } } });
    await expect(call).rejects.toThrow(/header parameter "X-Trace" must be a single value/);
    expect(server.requests).toHaveLength(0);
    await untyped(client()).GET("/orders", { params: { header: { "X-Trace": 7, "X-Skip": undefined } } });
    expect(server.requests[0]?.headers["x-trace"]).toBe("7");
    expect(server.requests[0]?.headers).not.toHaveProperty("x-skip");
  });

  it("refuses a header value with a line break without quoting it", async () => {
    const call = untyped(client()).GET("/orders", { headers: { "X-Trace": "1\r\nX-Admin: yes" } });
    await expect(call).rejects.toThrow(/header "X-Trace" has a value that cannot be sent/);
    await expect(call).rejects.not.toThrow(/X-Admin/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the spec's style and explode are honoured (generated serializers)", () => {
  const styled: ProviderInfo = {
    ...provider,
    operations: {
      "GET /orders/{id}": { path: { id: pathStyle("matrix", true, "array,value") } },
      "GET /orders": {
        query: {
          ids: queryStyle("pipeDelimited", false, "array"),
          status: queryStyle("form", false, "array,value"),
          "filter[status]": queryStyle("deepObject", true, "object"),
        },
      },
      "POST /orders": { body: formBody("application/x-www-form-urlencoded") },
    },
  };
  const api = () => untyped(createApiClient<paths>(styled, { baseUrl: server.url }) as ReturnType<typeof client>);

  it("serializes path arrays, query arrays and objects by style, every key and value encoded", async () => {
    await api().GET("/orders/{id}", { params: { path: { id: ["a;b", "c"] } } });
    await api().GET("/orders", {
      params: { query: { ids: ["1|2", "3"], status: ["paid", "open"], "filter[status]": { "a]&b": "x y" } } },
    });
    expect(server.requests.map((request) => request.url)).toEqual([
      "/orders/;id=a%3Bb;id=c",
      "/orders?ids=1%7C2%7C3&status=paid,open&filter%5Bstatus%5D%5Ba%5D%26b%5D=x%20y",
    ]);
  });

  it("still refuses what the spec does not allow: an object where it declares an array", async () => {
    await expect(api().GET("/orders", { params: { query: { ids: { a: "1" } } } })).rejects.toThrow(
      /query parameter "ids" must be array; got an object/,
    );
    await expect(api().GET("/orders/{id}", { params: { path: { id: [".."] } } })).rejects.toThrow(
      /must not be empty, \. or \.\./,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("leaves out object members and array items that are undefined, as optional properties", async () => {
    await api().GET("/orders", { params: { query: { "filter[status]": { a: "1", b: undefined } } } });
    await api().GET("/orders/{id}", { params: { path: { id: ["x", undefined] } } });
    expect(server.requests.map((request) => request.url)).toEqual([
      "/orders?filter%5Bstatus%5D%5Ba%5D=1",
      "/orders/;id=x",
    ]);
  });

  it("refuses a Blob field in a form-urlencoded body, which cannot carry one", async () => {
    const post = createApiClient<paths>(styled, { baseUrl: server.url }).POST;
    await expect(post("/orders", { body: { file: new Blob(["x"]) } as never })).rejects.toThrow(
      /POST \/orders: body field "file" is a Blob, which a form-urlencoded body cannot carry/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("serializes an object body to the form the operation accepts", async () => {
    const post = createApiClient<paths>(styled, { baseUrl: server.url }).POST;
    await post("/orders", { body: { plan: "a&b=c" } });
    expect(server.requests[0]?.body).toBe("plan=a%26b%3Dc");
    expect(server.requests[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
  });
});

describe("the token", () => {
  it.each([
    ["a line break", "sk_live_abc\r\nX-Admin: 1"],
    ["a space inside", "sk live"],
    ["a non-ASCII character", "sk_livé"],
    ["nothing", "   "],
  ])("with %s is refused at creation, without quoting it", (_kind, bad) => {
    let error: unknown;
    try {
      createApiClient<paths>(provider, { baseUrl: server.url, token: bad });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).toMatch(/token must be/);
    expect(String(error)).not.toContain(bad.trim() || "\u0000");
  });

  it("from a getter is checked per call and refused before anything is sent", async () => {
    const call = client({ token: () => "bad\ntoken" }).GET("/orders");
    await expect(call).rejects.toThrow(/token must be visible ASCII/);
    expect(server.requests).toHaveLength(0);
  });

  it("is trimmed, and quotes and backslashes are sent as they are", async () => {
    await client({ token: '  tok"en\\42  ' }).GET("/orders");
    expect(server.requests[0]?.headers.authorization).toBe('Bearer tok"en\\42');
  });
});

describe("redaction works on values, so it cannot corrupt a body", () => {
  // A secret shorter than 6 characters is only redacted where a whole string equals it: cutting every
  // "7" out of a body would corrupt it and protect nothing.
  it.each([
    ["7", "token 7"],
    ["42", "token 42"],
    ["1234567890", "token [REDACTED]"],
  ])("a numeric token %s leaves the numbers and structure of an error body intact", async (digits, input) => {
    const body = { detail: [{ loc: ["query", 7], count: 42, id: 1234567890, input: `token ${digits}` }] };
    server.respondWith(() => ({ status: 422, body }));
    const result = await client({ token: digits }).GET("/orders");
    expect(result.error).toEqual({ detail: [{ loc: ["query", 7], count: 42, id: 1234567890, input }] });
    expect(() => unwrap(result)).toThrow(ApiError);
  });

  it("a one-character token neither throws nor rewrites every letter", async () => {
    server.respondWith(() => ({ status: 400, body: { message: "a bad request", token: "a" } }));
    const { error } = await client({ token: "a" }).GET("/orders");
    expect(error).toEqual({ message: "a bad request", token: "[REDACTED]" });
  });

  it('a token with " and \\ is redacted from a JSON error body and the ApiError', async () => {
    const tricky = 'k"ey\\with-quotes';
    server.respondWith(() => ({ status: 401, body: { detail: `bad token ${tricky}` } }));
    const result = await client({ token: tricky }).GET("/orders");
    expect(result.error).toEqual({ detail: "bad token [REDACTED]" });
    expect(inspect(result, { depth: 10, showHidden: true })).not.toContain("with-quotes");
  });

  it("the parse error of an invalid JSON 200 (V8 quotes the body in it) is not kept, so util.inspect shows no token", async () => {
    server.respondWith(() => ({
      status: 200,
      body: `{"token": "${token}", oops`,
      headers: { "content-type": "application/json" },
    }));
    const { error } = await client().GET("/orders");
    expect(error).toBeInstanceOf(ApiError);
    const shown = inspect(error, { depth: 10, showHidden: true });
    expect(shown).toMatch(/HTTP 200, invalid JSON/);
    expect((error as Error).cause).toBeUndefined();
    expect(shown).not.toContain(token);
  });
});

describe("redirects are followed by the runtime", () => {
  let other: TestServer;
  beforeAll(async () => {
    other = await startTestServer(() => ({ status: 200, body: { id: 2 } }));
  });
  afterAll(() => other.close());
  const headersOf = (request: RecordedRequest | undefined) => request?.headers ?? {};
  const redirect = (status: number, location: string) => () => ({ status, headers: { location } });

  it("to another origin without Authorization, X-Api-Key, Cookie or a secret header of the caller", async () => {
    server.respondWith(redirect(302, `${other.url}/elsewhere`));
    const api = client({
      headers: { "X-Api-Key": "key-1", Cookie: "s=1", "X-Session": "sess-1", "X-Trace": "t" },
      secretHeaders: ["X-Session"],
    });
    const { data, response } = await api.GET("/orders");
    expect(data).toEqual({ id: 2 });
    expect(response.url).toBe(`${other.url}/elsewhere`);
    expect(response.redirected).toBe(true);
    const sent = headersOf(other.requests.at(-1));
    for (const name of ["authorization", "x-api-key", "cookie", "x-session"]) expect(sent[name]).toBeUndefined();
    expect(sent["x-trace"]).toBe("t");
  });

  it("within the origin with every header kept", async () => {
    server.respondWith((request) =>
      request.url === "/orders"
        ? { status: 301, headers: { location: "/orders/7" } }
        : { status: 200, body: { id: 7 } },
    );
    const { data } = await client({ headers: { "X-Api-Key": "key-1" } }).GET("/orders");
    expect(data).toEqual({ id: 7 });
    expect(
      server.requests.map((request) => [request.url, request.headers.authorization, request.headers["x-api-key"]]),
    ).toEqual([
      ["/orders", `Bearer ${token}`, "key-1"],
      ["/orders/7", `Bearer ${token}`, "key-1"],
    ]);
  });

  it.each([307, 308])("resends a POST answered %i with the same method and bytes", async (status) => {
    server.respondWith((request) =>
      request.url === "/orders" ? { status, headers: { location: "/v2/orders" } } : { status: 201, body: { id: 9 } },
    );
    const { data } = await client().POST("/orders", { body: { plan: "residential" } });
    expect(data).toEqual({ id: 9 });
    expect(server.requests.map(({ method, url, body }) => [method, url, body])).toEqual([
      ["POST", "/orders", '{"plan":"residential"}'],
      ["POST", "/v2/orders", '{"plan":"residential"}'],
    ]);
  });

  it("turns a POST answered 303 into a GET without body", async () => {
    server.respondWith((request) =>
      request.method === "POST"
        ? { status: 303, headers: { location: "/orders/9" } }
        : { status: 200, body: { id: 9 } },
    );
    await client().POST("/orders", { body: { plan: "residential" } });
    expect(server.requests.map(({ method, body, headers }) => [method, body, headers["content-type"]])).toEqual([
      ["POST", '{"plan":"residential"}', "application/json"],
      ["GET", "", undefined],
    ]);
  });

  it('honours redirect: "manual" and "error" per call: the 3xx is the result, nothing is followed', async () => {
    server.respondWith(redirect(302, `${other.url}/elsewhere`));
    const before = other.requests.length;
    const manual = await client().GET("/orders", { redirect: "manual" });
    const refused = await client().GET("/orders", { redirect: "error" });
    expect(other.requests).toHaveLength(before);
    expect(manual.response.status).toBe(302);
    expect(manual.response.headers.get("location")).toBe(`${other.url}/elsewhere`);
    expect(manual.error).toBeInstanceOf(ApiError);
    expect(String(refused.error)).toMatch(/HTTP 302, a redirect, and the call has redirect: "error"/);
  });

  it("stops after 20 redirects: the last 3xx is a failed result, not a retried connection error", async () => {
    server.respondWith(redirect(302, "/orders"));
    const { error } = await client({ maxRetries: 2 }).GET("/orders");
    expect(String(error)).toMatch(/HTTP 302, more than 20 redirects/);
    expect(server.requests).toHaveLength(21);
  });

  it.each([
    ["an invalid Location", "http://[::1", /a redirect to an invalid Location/],
    ["a javascript: Location", "javascript:alert(1)", /a redirect to a javascript: URL/],
  ])("returns a redirect to %s as a failed result", async (_kind, location, message) => {
    server.respondWith(redirect(302, location));
    const { error } = await client({ maxRetries: 2 }).GET("/orders");
    expect(String(error)).toMatch(message);
    expect(server.requests).toHaveLength(1);
  });

  it("never resends a POST that a 303 answered, even when the GET it became meets a 429", async () => {
    server.respondWith((request) =>
      request.method === "POST"
        ? { status: 303, headers: { location: "/orders/9" } }
        : { status: 429, headers: { "retry-after-ms": "1" } },
    );
    const { error } = await client({ maxRetries: 2 }).POST("/orders", { body: { plan: "residential" } });
    expect(error).toBeInstanceOf(ApiError);
    expect(server.requests.map((request) => request.method)).toEqual(["POST", "GET"]);
  });
});

describe("what the review of the runtime found", () => {
  it("a GET that middleware turned into a POST is not resent after a 503", async () => {
    server.respondWith(() => ({ status: 503, headers: { "retry-after-ms": "1" } }));
    const api = client({ maxRetries: 2 });
    api.use({
      onRequest: ({ request }) => new Request(request.url, { method: "POST", headers: request.headers, body: "{}" }),
    });
    await api.GET("/orders");
    expect(server.requests.map((request) => request.method)).toEqual(["POST"]);
  });

  it("a deeply nested error body neither throws nor loses the redaction", async () => {
    const deep = `${"[".repeat(6000)}"${token}"${"]".repeat(6000)}`;
    server.respondWith(() => ({ status: 400, body: deep, headers: { "content-type": "application/json" } }));
    const { error } = await client().GET("/orders");
    expect(error).toBeInstanceOf(ApiError);
    expect(JSON.stringify((error as ApiError).body)).not.toContain(token);
  });

  it('a "__proto__" key of an error body stays a key', async () => {
    server.respondWith(() => ({
      status: 400,
      body: '{"message":"no","__proto__":{"isAdmin":true}}',
      headers: { "content-type": "application/json" },
    }));
    const { error } = await client().GET("/orders");
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
    expect((error as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(Object.keys(error as object)).toEqual(["message", "__proto__"]);
  });

  it("a request id echoing the token is redacted", async () => {
    server.respondWith(() => ({ status: 401, body: { detail: "no" }, headers: { "x-request-id": `Bearer ${token}` } }));
    const result = await client().GET("/orders");
    expect(result.requestId).toBe("Bearer [REDACTED]");
    // (result.response is the server's own Response, headers as sent; the error is ours.)
    let thrown: unknown;
    try {
      unwrap(result);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ requestId: "Bearer [REDACTED]" });
    expect(inspect(thrown, { depth: 10, showHidden: true })).not.toContain(token);
  });

  it("each cookie of a Cookie header is a secret of its own", async () => {
    server.respondWith(() => ({ status: 401, body: { detail: "bad session session=abcdef123456" } }));
    const { error } = await client({ headers: { Cookie: "session=abcdef123456; theme=dark" } }).GET("/orders");
    expect(error).toEqual({ detail: "bad session [REDACTED]" });
  });

  it("a fetch rejecting with a plain object holding the headers leaks nothing", async () => {
    const fetch = (_input: string | URL | Request, init?: RequestInit) => Promise.reject({ headers: init?.headers });
    const error = await client({ fetch })
      .GET("/orders")
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(token);
  });

  it.each([
    ["credentials", "http://user:secret@127.0.0.1:1"],
    ["a bad port", "http://127.0.0.1:99999"],
    ["an unclosed IPv6 host", "http://[::1"],
  ])("refuses a baseUrl with %s", (_kind, baseUrl) => {
    expect(() => client({ baseUrl })).toThrow(/baseUrl must be an absolute http\(s\) URL without credentials/);
  });

  it("a query or path key named like an Object.prototype member is a plain parameter", async () => {
    server.respondWith(() => ({ status: 200, body: [] }));
    await untyped(client()).GET("/orders", { params: { query: { constructor: "abc", toString: "x" } } });
    expect(server.requests[0]?.url).toBe("/orders?constructor=abc&toString=x");
  });

  it("a lone surrogate is a TypeError naming the parameter", async () => {
    await expect(untyped(client()).GET("/orders", { params: { query: { status: "\uD800" } } })).rejects.toThrow(
      /shop: GET \/orders: query parameter "status" is not well-formed UTF-16/,
    );
  });

  it("a per-call Authorization overrides the token, and null removes it", async () => {
    server.respondWith(() => ({ status: 200, body: [] }));
    await client().GET("/orders", { headers: { Authorization: "Bearer per_call_token" } });
    await client().GET("/orders", { headers: { Authorization: null } });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      "Bearer per_call_token",
      undefined,
    ]);
  });

  it("a GET with a body is refused before anything is sent", async () => {
    await expect(untyped(client()).GET("/orders", { body: "x" })).rejects.toThrow(
      /shop: GET \/orders: a GET request cannot have a body/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
