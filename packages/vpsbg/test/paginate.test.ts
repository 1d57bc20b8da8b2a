import { readFixture, useTestServer } from "@specfirst/testkit";
import { beforeEach, describe, expect, it } from "vitest";
import { createVpsbgClient, type OrderList, PaginationError, paginate } from "../src/index.js";

const template = readFixture<OrderList>("vpsbg", "listOrders.200");
const item = template.data[0] as OrderList["data"][number];

let lastPage = 3;
// Two orders per page, `lastPage` pages; the last page's links.next is null.
const server = useTestServer(({ url }) => {
  const page = Number(new URL(url, "http://x").searchParams.get("page"));
  const body: OrderList = {
    data: [
      { ...item, id: page * 10 + 1 },
      { ...item, id: page * 10 + 2 },
    ],
    links: { ...template.links, next: page < lastPage ? `https://api.vpsbg.eu/v1/orders?page=${page + 1}` : null },
    meta: { ...template.meta, current_page: page, last_page: lastPage },
  };
  return { status: 200, body };
});
beforeEach(() => {
  lastPage = 3;
});

const client = () => createVpsbgClient({ baseUrl: `${server.url}/v1`, token: "vpsbg-key" });

describe("paginate (VPSBG)", () => {
  it("yields every order across pages and stops at meta.last_page", async () => {
    const ids: number[] = [];
    for await (const order of paginate(client(), "/orders", { params: { query: { "filter[status]": "paid" } } })) {
      ids.push(order.id);
    }
    expect(ids).toEqual([11, 12, 21, 22, 31, 32]);
    const queries = server.requests.map((request) => new URL(request.url, "http://x").searchParams);
    expect(queries.map((query) => query.get("page"))).toEqual(["1", "2", "3"]);
    expect(queries.every((query) => query.get("filter[status]") === "paid")).toBe(true);
    expect(server.requests.every((request) => request.headers.accept === "application/json")).toBe(true);
  });

  it("stops after one page when there is only one", async () => {
    lastPage = 1;
    const ids: number[] = [];
    for await (const order of paginate(client(), "/orders")) ids.push(order.id);
    expect(ids).toEqual([11, 12]);
    expect(server.requests).toHaveLength(1);
  });

  it("fails past maxPages with the page number", async () => {
    lastPage = 50;
    const error = await (async () => {
      for await (const _ of paginate(client(), "/orders", {}, { maxPages: 2 }));
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ page: 2, provider: "vpsbg", operation: "GET /orders" });
  });

  it("pages any list the spec paginates, with its own query parameters", async () => {
    lastPage = 2;
    const ids: number[] = [];
    for await (const listed of paginate(client(), "/servers", { params: { query: { "filter[status]": "active" } } })) {
      ids.push(listed.id);
    }
    expect(ids).toEqual([11, 12, 21, 22]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/v1/servers?filter%5Bstatus%5D=active&page=1",
      "/v1/servers?filter%5Bstatus%5D=active&page=2",
    ]);
  });
});
