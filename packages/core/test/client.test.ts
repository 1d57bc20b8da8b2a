import { useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { createApiClient, type ProviderInfo } from "../src/index.js";

interface paths {
  "/things/{id}": {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { "application/json": { id: string } } } };
    };
  };
}

const provider: ProviderInfo = {
  id: "example",
  version: "1.2.3",
  defaultBaseUrl: "https://api.example.invalid/v1",
  defaultHeaders: { Accept: "application/json" },
};

const server = useTestServer(() => ({ status: 200, body: { id: "a" } }));

describe("createApiClient", () => {
  it("sends the bearer token, the provider's default headers and a User-Agent naming the package", async () => {
    const client = createApiClient<paths>(provider, { baseUrl: `${server.url}/v1`, token: "secret-token" });
    const { data } = await client.GET("/things/{id}", { params: { path: { id: "a" } } });
    expect(data).toEqual({ id: "a" });
    const [request] = server.requests;
    expect(request?.url).toBe("/v1/things/a");
    expect(request?.headers.authorization).toBe("Bearer secret-token");
    expect(request?.headers.accept).toBe("application/json");
    expect(request?.headers["user-agent"]).toBe("specfirst-example/1.2.3");
  });

  it("lets caller headers override the provider's defaults", async () => {
    const client = createApiClient<paths>(provider, {
      baseUrl: server.url,
      headers: { Accept: "text/plain", "X-Trace": "1" },
    });
    await client.GET("/things/{id}", { params: { path: { id: "a" } } });
    expect(server.requests[0]?.headers.accept).toBe("text/plain");
    expect(server.requests[0]?.headers["x-trace"]).toBe("1");
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("asks an async token getter before every request", async () => {
    let calls = 0;
    const client = createApiClient<paths>(provider, {
      baseUrl: server.url,
      token: async () => `token-${++calls}`,
    });
    await client.GET("/things/{id}", { params: { path: { id: "a" } } });
    await client.GET("/things/{id}", { params: { path: { id: "b" } } });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("rejects without sending anything when the token is empty", async () => {
    const client = createApiClient<paths>(provider, { baseUrl: server.url, token: () => "" });
    await expect(client.GET("/things/{id}", { params: { path: { id: "a" } } })).rejects.toThrow(
      /token must be a non-empty string/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("uses the provider's server when no baseUrl is given, and a custom fetch, which gets a Request", async () => {
    const seen: string[] = [];
    const client = createApiClient<paths>(provider, {
      fetch: async (request) => {
        seen.push(request.url);
        return Response.json({ id: "x" });
      },
    });
    await client.GET("/things/{id}", { params: { path: { id: "x" } } });
    expect(seen).toEqual(["https://api.example.invalid/v1/things/x"]);
  });

  it("refuses a baseUrl that is not an absolute http(s) URL, saying what to pass", () => {
    expect(() => createApiClient<paths>(provider, { baseUrl: "api.example.com" })).toThrow(
      /baseUrl must be an absolute http\(s\) URL .*; got "api.example.com"/,
    );
    expect(() => createApiClient<paths>(provider, { baseUrl: "ftp://example.com" })).toThrow(TypeError);
  });
});

describe("path parameters", () => {
  const client = () => createApiClient<paths>(provider, { baseUrl: `${server.url}/v1` });

  it("are percent-encoded, so a slash or dot-dot inside an id stays inside one segment", async () => {
    await client().GET("/things/{id}", { params: { path: { id: "../x" } } });
    await client().GET("/things/{id}", { params: { path: { id: "a/b?c#d" } } });
    expect(server.requests.map((request) => request.url)).toEqual(["/v1/things/..%2Fx", "/v1/things/a%2Fb%3Fc%23d"]);
  });

  it.each([
    ["empty", ""],
    ["a dot", "."],
    ["a dot-dot", ".."],
  ])("refuse %s value without sending a request", async (_label, id) => {
    await expect(client().GET("/things/{id}", { params: { path: { id } } })).rejects.toThrow(
      /^example: GET \/things\/\{id\}: path parameter "id" must be an id; got "\.{0,2}"$/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("refuse a missing value instead of requesting the literal template", async () => {
    const untyped = client() as unknown as { GET(path: string, init: object): Promise<unknown> };
    await expect(untyped.GET("/things/{id}", { params: { path: {} } })).rejects.toThrow(/got undefined/);
    expect(server.requests).toHaveLength(0);
  });
});
