import { readFixture, useTestServer } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { createVpsbgClient, type Order, VPSBG_DEFAULT_BASE_URL } from "../src/index.js";

const order = readFixture<Order>("vpsbg", "getOrder.200");
const orderList = readFixture("vpsbg", "listOrders.200");

const server = useTestServer(({ method, url }) => {
  const path = url.split("?")[0];
  if (method === "GET" && path === "/v1/orders") return { status: 200, body: orderList };
  if (method === "GET" && path === "/v1/orders/7756") return { status: 200, body: order };
  if (method === "PATCH" && path === "/v1/orders/7756/server/2901") return { status: 204 };
  if (method === "GET" && path === "/v1/orders/1") return { status: 401 };
  if (method === "POST" && path === "/v1/support/tickets") return { status: 200, body: {} };
  return { status: 404, body: { message: "No results." } };
});

const client = () => createVpsbgClient({ baseUrl: `${server.url}/v1`, token: "vpsbg-key" });

describe("createVpsbgClient against a local HTTP server", () => {
  it("gets an order: GET /v1/orders/{id} with bearer auth and Accept: application/json", async () => {
    const { data, response } = await client().GET("/orders/{id}", { params: { path: { id: 7756 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(order);
    expect(data?.services[2]?.service_type).toBeNull();
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "GET", url: "/v1/orders/7756" });
    expect(request?.headers.authorization).toBe("Bearer vpsbg-key");
    expect(request?.headers.accept).toBe("application/json");
  });

  it("opens a ticket as multipart form data, each file a part named attachments[]", async () => {
    await client().POST("/support/tickets", {
      body: {
        department_id: 2,
        subject: "Server misbehaves",
        message: "It reboots every hour.",
        "attachments[]": [new Blob(["first"], { type: "image/png" }), new Blob(["second"], { type: "image/png" })],
      },
    });
    const [request] = server.requests;
    const type = request?.headers["content-type"] ?? "";
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(request?.body, { headers: { "content-type": type } }).formData();
    expect(form.get("department_id")).toBe("2");
    expect(form.get("subject")).toBe("Server misbehaves");
    const files = form.getAll("attachments[]") as File[];
    expect(await Promise.all(files.map((file) => file.text()))).toEqual(["first", "second"]);
  });

  it("lists orders with page, per_page and filter[status] in the query", async () => {
    const { data } = await client().GET("/orders", {
      params: { query: { page: 2, per_page: 30, "filter[status]": "paid,awaiting_payment" } },
    });
    expect(data).toEqual(orderList);
    const query = new URL(server.requests[0]?.url ?? "", server.url).searchParams;
    expect(query.get("page")).toBe("2");
    expect(query.get("per_page")).toBe("30");
    expect(query.get("filter[status]")).toBe("paid,awaiting_payment");
  });

  it("changes a renewal period: PATCH with a JSON body, 204 without data or error", async () => {
    const { data, error, response } = await client().PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 7756, service_type: "server", service_id: "2901" } },
      body: { billing_cycle: 12, promo_code: null },
    });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
    const [request] = server.requests;
    expect(request?.method).toBe("PATCH");
    expect(JSON.parse(request?.body ?? "")).toEqual({ billing_cycle: 12, promo_code: null });
  });

  it.each([
    [{ service_type: "../../orders", service_id: "1" }, "/v1/orders/7756/..%2F..%2Forders/1"],
    [{ service_type: "server", service_id: "a/b" }, "/v1/orders/7756/server/a%2Fb"],
  ])("keeps path parameters %o inside their segments", async (path, sent) => {
    await client().PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 7756, ...path } },
      body: { billing_cycle: 1 },
    });
    expect(server.requests[0]?.url).toBe(sent);
  });

  it("reports a 401 as an error response, with no data", async () => {
    const { data, response } = await client().GET("/orders/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
  });

  it("lets the caller override Accept, and defaults to the documented server", async () => {
    await createVpsbgClient({
      baseUrl: `${server.url}/v1`,
      headers: { Accept: "application/json; charset=utf-8" },
    }).GET("/orders");
    expect(server.requests[0]?.headers.accept).toBe("application/json; charset=utf-8");
    expect(VPSBG_DEFAULT_BASE_URL).toBe("https://api.vpsbg.eu/v1");
  });
});
