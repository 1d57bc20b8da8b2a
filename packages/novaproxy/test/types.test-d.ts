import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiError,
  createNovaProxyClient,
  type DriftError,
  type Order,
  type OrderStatus,
  type RateLimit,
  unwrap,
} from "../src/index.js";

const client = createNovaProxyClient({ token: "t" });

describe("NovaProxy types", () => {
  it("types the order list as an array of orders", async () => {
    const { data } = await client.GET("/orders");
    expectTypeOf(data).toExtend<Order[] | undefined>();
    expectTypeOf<NonNullable<typeof data>[number]["status"]>().toEqualTypeOf<OrderStatus>();
  });

  it("has exactly the documented statuses", () => {
    expectTypeOf<OrderStatus>().toEqualTypeOf<
      "awaiting_payment" | "active" | "inactive" | "expired" | "exhausted" | "pending" | "failed" | "invoice_expired"
    >();
  });

  it("makes credentials and expiry nullable", () => {
    expectTypeOf<Order["username"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Order["password"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Order["expires_at"]>().toEqualTypeOf<string | null>();
  });

  it("requires the uuid path parameter, as a string", () => {
    // @ts-expect-error the uuid is required
    client.GET("/orders/{uuid}");
    // @ts-expect-error the uuid is required
    client.GET("/orders/{uuid}", { params: { path: {} } });
    // @ts-expect-error the numeric id of the removed form is not a uuid
    client.GET("/orders/{uuid}", { params: { path: { uuid: 249 } } });
  });

  it("does not offer the removed numeric-id path", () => {
    // @ts-expect-error GET /orders/{id} is no longer supported by NovaProxy
    client.GET("/orders/{id}", { params: { path: { id: 249 } } });
  });

  it("requires a plan in the create body", () => {
    // @ts-expect-error plan is required
    client.POST("/orders", { body: { bandwidth: 2 } });
    client.POST("/orders", { body: { plan: "residential", bandwidth: 2 } });
  });

  it("accepts timeout, maxRetries and signal per call", () => {
    client.GET("/orders", { timeout: 5_000, maxRetries: 0, signal: AbortSignal.timeout(1_000) });
  });

  it("unwraps to the success type and carries rate limits and request ids", async () => {
    const result = await client.GET("/orders/{uuid}", { params: { path: { uuid: "x" } } });
    expectTypeOf(unwrap(result)).toExtend<Order>();
    expectTypeOf(result.rateLimit).toEqualTypeOf<RateLimit | undefined>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
  });
  it("types error as ApiError (or DriftError, with validate) although the spec documents no error response", async () => {
    const result = await client.GET("/orders");
    expectTypeOf(result.error).toEqualTypeOf<ApiError | DriftError | undefined>();
    if (result.error) expectTypeOf(result.error.status).toEqualTypeOf<number>();
  });

  it("accepts createOrder's body as JSON or as FormData (the spec lists multipart/form-data)", () => {
    const form = new FormData();
    form.append("plan", "residential");
    client.POST("/orders", { body: form });
    client.POST("/orders", { body: { plan: "residential", bandwidth: 2 } });
    // @ts-expect-error URLSearchParams is not one of createOrder's media types
    client.POST("/orders", { body: new URLSearchParams({ plan: "residential" }) });
  });
});
