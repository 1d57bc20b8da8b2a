import { describe, expectTypeOf, it } from "vitest";
import {
  createVpsbgClient,
  type Order,
  type OrderList,
  type OrderListItem,
  type OrderService,
  type operations,
  paginate,
  type Server,
  type VpsbgListItem,
  type VpsbgListPath,
} from "../src/index.js";

const client = createVpsbgClient({ token: "t" });

describe("VPSBG types", () => {
  it("types GET /orders/{id} as an Order with its documented statuses", async () => {
    const { data } = await client.GET("/orders/{id}", { params: { path: { id: 7756 } } });
    expectTypeOf(data).toExtend<Order | undefined>();
    expectTypeOf<keyof operations["getOrder"]["responses"]>().toEqualTypeOf<200 | 401 | 404 | 429 | 500>();
    expectTypeOf<keyof operations["changeOrderRenewalPeriod"]["responses"]>().toEqualTypeOf<
      204 | 401 | 403 | 422 | 429 | 500
    >();
  });

  it("types the order list as a Laravel page", async () => {
    const { data } = await client.GET("/orders");
    expectTypeOf(data).toExtend<OrderList | undefined>();
    expectTypeOf<OrderList["links"]["next"]>().toEqualTypeOf<string | null>();
  });

  it("keeps what the docs' example shows as null nullable", () => {
    expectTypeOf<Order["payment_date"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<OrderService["period_from"]>().toEqualTypeOf<number | null>();
    expectTypeOf<OrderService["service_type"]>().toExtend<string | null>();
    expectTypeOf<null>().toExtend<OrderService["service_type"]>();
  });

  it("requires every path parameter, with the documented types", () => {
    // @ts-expect-error the order id is required
    client.GET("/orders/{id}");
    // @ts-expect-error the order id is an integer
    client.GET("/orders/{id}", { params: { path: { id: "7756" } } });
    client.PATCH("/orders/{id}/{service_type}/{service_id}", {
      // @ts-expect-error service_id is required
      params: { path: { id: 1, service_type: "server" } },
      body: { billing_cycle: 1 },
    });
  });

  it("requires billing_cycle in the renewal-period body", () => {
    client.PATCH("/orders/{id}/{service_type}/{service_id}", {
      params: { path: { id: 1, service_type: "server", service_id: "2" } },
      // @ts-expect-error billing_cycle is required
      body: { promo_code: "fall2403" },
    });
  });

  it("derives the paginated lists from the spec: a page parameter and a Laravel body", () => {
    expectTypeOf<"/servers">().toExtend<VpsbgListPath>();
    expectTypeOf<"/orders">().toExtend<VpsbgListPath>();
    // GET /plans answers data/links/meta but takes no page; GET /orders/{id} is no list.
    expectTypeOf<"/plans">().not.toExtend<VpsbgListPath>();
    expectTypeOf<"/orders/{id}">().not.toExtend<VpsbgListPath>();
    expectTypeOf<VpsbgListItem<"/servers">>().toEqualTypeOf<Server>();
    expectTypeOf<VpsbgListItem<"/orders">>().toEqualTypeOf<OrderListItem>();
    expectTypeOf(paginate(client, "/servers", { params: { query: { per_page: 50 } } })).toEqualTypeOf<
      AsyncGenerator<Server, void, undefined>
    >();
    // @ts-expect-error page is set by paginate itself
    paginate(client, "/servers", { params: { query: { page: 2 } } });
    // @ts-expect-error per_page is an integer
    paginate(client, "/orders", { params: { query: { per_page: "50" } } });
    // @ts-expect-error GET /plans is not paginated
    paginate(client, "/plans");
  });
});
