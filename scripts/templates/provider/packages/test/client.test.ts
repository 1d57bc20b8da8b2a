import { readFixture, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { __CONST___DEFAULT_BASE_URL, create__Pascal__Client, type Example } from "../src/index.js";

const example = readFixture<Example>("__slug__", "getExample.200");

const server = useTestServer(({ method, url, headers }) =>
  method === "GET" && url === "/example" && headers.authorization === "Bearer __slug__-token"
    ? { status: 200, body: example }
    : { status: 401 },
);

describe("create__Pascal__Client against a local HTTP server", () => {
  it("defaults to the spec's server", () => {
    expect(__CONST___DEFAULT_BASE_URL).toBe("__server__");
  });

  it("calls GET /example with bearer auth and returns the typed data", async () => {
    const client = create__Pascal__Client({ baseUrl: server.url, token: "__slug__-token" });
    const { data, response } = await client.GET("/example");
    expect(response.status).toBe(200);
    expect(data).toEqual(example);
    expect(server.requests).toHaveLength(1);
  });

  it("returns the 401 as an error without throwing", async () => {
    const client = create__Pascal__Client({ baseUrl: server.url, token: "wrong", maxRetries: 0 });
    const { data, error, response } = await client.GET("/example");
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toBeTruthy();
  });
});
