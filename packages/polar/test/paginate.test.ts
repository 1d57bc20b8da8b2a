import { readFixture, useTestServer } from "@specfirst/testkit";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiError, createPolarClient, type Order, PaginationError, paginate } from "../src/index.js";

const template = readFixture<{ items: Order[] }>("polar", "listOrders.200").items[0] as Order;
const order = (n: number): Order => ({ ...template, id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}` });

let failPage: number | undefined;
// Seven orders, served `limit` per page; `failPage` answers 500.
const server = useTestServer(({ url }) => {
  const query = new URL(url, "http://x").searchParams;
  const page = Number(query.get("page"));
  const limit = Number(query.get("limit") ?? 10);
  if (page === failPage) return { status: 500, body: { error: "InternalServerError", detail: "boom" } };
  const all = Array.from({ length: 7 }, (_, index) => order(index + 1));
  return {
    status: 200,
    body: {
      items: all.slice((page - 1) * limit, page * limit),
      pagination: { total_count: 7, max_page: Math.ceil(7 / limit) },
    },
  };
});
beforeEach(() => {
  failPage = undefined;
});

const client = () => createPolarClient({ baseUrl: server.url, token: "polar_pat", maxRetries: 0 });

describe("paginate (Polar)", () => {
  it("yields every item across pages and stops at pagination.max_page", async () => {
    const ids: string[] = [];
    for await (const item of paginate(client(), "/v1/users/orders/", { params: { query: { limit: 3 } } })) {
      ids.push(item.id);
    }
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => order(n).id));
    expect(server.requests.map((request) => new URL(request.url, "http://x").searchParams.get("page"))).toEqual([
      "1",
      "2",
      "3",
    ]);
  });

  it("sends the filters, limit and sorting with every page", async () => {
    const organization = "1d4f5c2a-8b3e-4f6a-9c7d-2e1f3a4b5c6d";
    const items = paginate(client(), "/v1/users/subscriptions/", {
      params: { query: { organization_id: organization, active: true, limit: 5, sorting: ["-started_at"] } },
    });
    let count = 0;
    for await (const _ of items) count++;
    expect(count).toBe(7);
    for (const request of server.requests) {
      const query = new URL(request.url, "http://x").searchParams;
      expect(query.get("organization_id")).toBe(organization);
      expect(query.get("active")).toBe("true");
      expect(query.get("limit")).toBe("5");
      expect(query.getAll("sorting")).toEqual(["-started_at"]);
    }
    expect(server.requests).toHaveLength(2);
  });

  it("fetches lazily: breaking out after the first item requests one page", async () => {
    for await (const _ of paginate(client(), "/v1/users/orders/", { params: { query: { limit: 2 } } })) break;
    expect(server.requests).toHaveLength(1);
  });

  it("rejects with the failing page number and the ApiError as cause", async () => {
    failPage = 2;
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(client(), "/v1/users/orders/", { params: { query: { limit: 3 } } })) {
        seen.push(item.id);
      }
    })().catch((caught: unknown) => caught);
    expect(seen).toHaveLength(3);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ page: 2, provider: "polar", operation: "GET /v1/users/orders/" });
    expect((error as Error).cause).toBeInstanceOf(ApiError);
    expect((error as Error).message).toMatch(/page 2: HTTP 500/);
  });

  it("stops an endless listing at maxPages", async () => {
    const error = await (async () => {
      for await (const _ of paginate(
        client(),
        "/v1/users/orders/",
        { params: { query: { limit: 1 } } },
        { maxPages: 4 },
      ));
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ page: 4 });
    expect(server.requests).toHaveLength(4);
  });
});
