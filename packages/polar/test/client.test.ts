import { readFixture, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { createPolarClient, type Order, POLAR_SERVERS, type Subscription } from "../src/index.js";

const fixture = (name: string) => readFixture("polar", name);
const order = readFixture<Order>("polar", "getOrder.200");
const subscription = readFixture<Subscription>("polar", "getSubscription.200");
const missingId = "0f6c2b1e-5d3a-4c8e-9b7f-1a2d3e4f5a6b";

const server = useTestServer(({ method, url }) => {
  const path = url.split("?")[0];
  const route = `${method} ${path}`;
  if (route === "GET /v1/users/orders/") return { status: 200, body: fixture("listOrders.200") };
  if (route === `GET /v1/users/orders/${order.id}`) return { status: 200, body: order };
  if (route === `GET /v1/users/orders/${order.id}/invoice`)
    return { status: 200, body: fixture("getOrderInvoice.200") };
  if (route === "GET /v1/users/subscriptions/") return { status: 200, body: fixture("listSubscriptions.200") };
  if (route === `PATCH /v1/users/subscriptions/${subscription.id}`)
    return { status: 200, body: fixture("updateSubscription.200") };
  if (route === `DELETE /v1/users/subscriptions/${subscription.id}`)
    return { status: 403, body: fixture("cancelSubscription.403") };
  if (route === "PATCH /v1/users/subscriptions/not-a-uuid")
    return { status: 422, body: fixture("updateSubscription.422") };
  return { status: 404, body: fixture("getOrder.404") };
});

const client = () => createPolarClient({ baseUrl: server.url, token: "polar_pat_secret" });
const sentQuery = () => new URL(server.requests[0]?.url ?? "", server.url).searchParams;

describe("createPolarClient against a local HTTP server", () => {
  it("lists orders at the documented trailing-slash path, with bearer auth", async () => {
    const { data, response } = await client().GET("/v1/users/orders/");
    expect(response.status).toBe(200);
    expect(data).toEqual(fixture("listOrders.200"));
    expect(server.requests[0]?.url).toBe("/v1/users/orders/");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer polar_pat_secret");
  });

  it("sends array filters and sorting criteria as repeated query keys", async () => {
    const organizations = ["1d4f5c2a-8b3e-4f6a-9c7d-2e1f3a4b5c6d", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"];
    await client().GET("/v1/users/orders/", {
      params: {
        query: {
          organization_id: organizations,
          product_price_type: ["one_time", "recurring"],
          sorting: ["-amount", "created_at"],
          page: 2,
          limit: 100,
        },
      },
    });
    const query = sentQuery();
    expect(query.getAll("organization_id")).toEqual(organizations);
    expect(query.getAll("product_price_type")).toEqual(["one_time", "recurring"]);
    expect(query.getAll("sorting")).toEqual(["-amount", "created_at"]);
    expect(query.get("page")).toBe("2");
    expect(query.get("limit")).toBe("100");
  });

  it("sends a single-value filter as one key, and leaves null filters out", async () => {
    await client().GET("/v1/users/subscriptions/", {
      params: { query: { product_id: order.product_id, active: true, query: null } },
    });
    expect(server.requests[0]?.url).toBe(`/v1/users/subscriptions/?product_id=${order.product_id}&active=true`);
  });

  it("gets an order and its invoice, typed", async () => {
    const { data } = await client().GET("/v1/users/orders/{id}", { params: { path: { id: order.id } } });
    expect(data).toEqual(order);
    expect(data?.product_price.type).toBe(order.product_price.type);
    const invoice = await client().GET("/v1/users/orders/{id}/invoice", { params: { path: { id: order.id } } });
    expect(invoice.data).toEqual(fixture("getOrderInvoice.200"));
  });

  it("returns the typed 404 body when an order does not exist", async () => {
    const { data, error, response } = await client().GET("/v1/users/orders/{id}", {
      params: { path: { id: missingId } },
    });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "ResourceNotFound", detail: "Not found" });
  });

  it("updates a subscription with a JSON body and cancels it (403 when already canceled)", async () => {
    const update = await client().PATCH("/v1/users/subscriptions/{id}", {
      params: { path: { id: subscription.id } },
      body: { product_price_id: subscription.price_id },
    });
    expect(update.data).toEqual(fixture("updateSubscription.200"));
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ product_price_id: subscription.price_id });

    const cancel = await client().DELETE("/v1/users/subscriptions/{id}", { params: { path: { id: subscription.id } } });
    expect(cancel.response.status).toBe(403);
    expect(cancel.error).toEqual(fixture("cancelSubscription.403"));
    expect(server.requests[1]?.method).toBe("DELETE");
  });

  it("returns the typed 422 validation body", async () => {
    const { error, response } = await client().PATCH("/v1/users/subscriptions/{id}", {
      params: { path: { id: "not-a-uuid" } },
      body: { product_price_id: "5b0e9f1c-7d4a-4e2b-9c83-2f6a1d0e4b77" },
    });
    expect(response.status).toBe(422);
    const detail = error && "detail" in error && Array.isArray(error.detail) ? error.detail : [];
    expect(detail[0]?.loc).toEqual(["body", "product_price_id"]);
  });

  it.each([
    ["../subscriptions", "/v1/users/orders/..%2Fsubscriptions"],
    ["a/b", "/v1/users/orders/a%2Fb"],
  ])("keeps the id %s inside its path segment", async (id, sent) => {
    await client().GET("/v1/users/orders/{id}", { params: { path: { id } } });
    expect(server.requests[0]?.url).toBe(sent);
  });
});

describe("Polar servers", () => {
  it("uses production by default and sandbox on request", async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return Response.json(fixture("listOrders.200"));
    };
    await createPolarClient({ fetch }).GET("/v1/users/orders/");
    await createPolarClient({ fetch, server: "sandbox" }).GET("/v1/users/orders/");
    expect(urls).toEqual(["https://api.polar.sh/v1/users/orders/", "https://sandbox-api.polar.sh/v1/users/orders/"]);
    expect(POLAR_SERVERS).toEqual({ production: "https://api.polar.sh", sandbox: "https://sandbox-api.polar.sh" });
  });

  it("refuses an unknown server by name", () => {
    expect(() => createPolarClient({ server: "staging" as "sandbox" })).toThrow(
      'polar: server must be production or sandbox; got "staging".',
    );
  });
});
