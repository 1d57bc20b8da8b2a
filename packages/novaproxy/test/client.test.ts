import { readFixture, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { createNovaProxyClient, NOVAPROXY_DEFAULT_BASE_URL, type Order } from "../src/index.js";

const orderUuid = "9bdfe2d6-2c9a-4f7e-9e8c-1a2b3c4d5e6f";
const fixture = (name: string) => readFixture("novaproxy", name);

const server = useTestServer(({ method, url }) => {
  if (method === "GET" && url === "/orders") return { status: 200, body: fixture("listOrders.200") };
  if (method === "GET" && url === `/orders/${orderUuid}`) return { status: 200, body: fixture("getOrder.200") };
  if (method === "POST" && url === "/orders") return { status: 201, body: fixture("createOrder.201") };
  if (method === "GET" && url === "/plans/residential") return { status: 200, body: fixture("getPlan.200") };
  return { status: 404, body: { message: "Not found" } };
});

const client = () => createNovaProxyClient({ baseUrl: server.url, token: "np-token" });

describe("createNovaProxyClient against a local HTTP server", () => {
  it("lists orders: GET /orders with the bearer token, typed array data", async () => {
    const { data, error, response } = await client().GET("/orders");
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(fixture("listOrders.200"));
    const first: Order | undefined = data?.[0];
    expect(first?.status).toBe("active");
    expect(server.requests[0]).toMatchObject({ method: "GET", url: "/orders" });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer np-token");
    expect(server.requests[0]?.headers["user-agent"]).toMatch(/^specfirst-novaproxy\/\d+\.\d+\.\d+/);
  });

  it("gets an order by uuid; a pending order has null credentials", async () => {
    const { data } = await client().GET("/orders/{uuid}", { params: { path: { uuid: orderUuid } } });
    expect(server.requests[0]?.url).toBe(`/orders/${orderUuid}`);
    expect(data?.status).toBe("pending");
    expect(data?.username).toBeNull();
    expect(data?.password).toBeNull();
  });

  it.each([
    ["../plans", "/orders/..%2Fplans"],
    ["a/b", "/orders/a%2Fb"],
  ])("keeps the uuid %s inside its path segment", async (uuid, sent) => {
    const { response } = await client().GET("/orders/{uuid}", { params: { path: { uuid } } });
    expect(server.requests[0]?.url).toBe(sent);
    expect(response.status).toBe(404);
  });

  it("creates an order: POST /orders with a JSON body, 201 typed", async () => {
    const { data, response } = await client().POST("/orders", {
      body: { plan: "datacenter", duration: "1_week", config: { speed: 10 } },
    });
    expect(response.status).toBe(201);
    expect(data?.uuid).toBe(orderUuid);
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ plan: "datacenter", duration: "1_week", config: { speed: 10 } });
  });

  it("gets a plan by slug", async () => {
    const { data } = await client().GET("/plans/{plan}", { params: { path: { plan: "residential" } } });
    expect(data?.type).toBe("bandwidth");
    expect(data?.slug).toBe("residential");
  });

  it("returns an undocumented error status as `error`, with no data", async () => {
    const { data, error, response } = await client().GET("/plans/{plan}", { params: { path: { plan: "nope" } } });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "Not found" });
  });

  it("defaults to the spec's (unverified) server", () => {
    expect(NOVAPROXY_DEFAULT_BASE_URL).toBe("https://api.novaproxy.io");
  });
});
