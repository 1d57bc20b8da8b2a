import { describe, expectTypeOf, it } from "vitest";
import {
  type AlreadyCanceledSubscription,
  type ApiError,
  createPolarClient,
  type DriftError,
  type HTTPValidationError,
  type Order,
  type operations,
  type PolarServer,
  type ProductPrice,
  type ResourceNotFound,
  type Subscription,
  type SubscriptionStatus,
} from "../src/index.js";

const client = createPolarClient({ token: "t" });

describe("Polar types", () => {
  it("types GET /v1/users/orders/{id}: Order on 200, the documented error bodies otherwise", async () => {
    const { data, error } = await client.GET("/v1/users/orders/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(data).toExtend<Order | undefined>();
    expectTypeOf(error).toEqualTypeOf<ResourceNotFound | HTTPValidationError | ApiError | DriftError | undefined>();
    expectTypeOf<ResourceNotFound | HTTPValidationError>().toExtend<NonNullable<typeof error>>();
    expectTypeOf<keyof operations["getOrder"]["responses"]>().toEqualTypeOf<200 | 404 | 422>();
  });

  it("types DELETE with its 403 body", async () => {
    const { error } = await client.DELETE("/v1/users/subscriptions/{id}", { params: { path: { id: "x" } } });
    expectTypeOf<AlreadyCanceledSubscription>().toExtend<NonNullable<typeof error>>();
    expectTypeOf<keyof operations["cancelSubscription"]["responses"]>().toEqualTypeOf<200 | 403 | 404 | 422>();
    expectTypeOf<ResourceNotFound["error"]>().toEqualTypeOf<"ResourceNotFound">();
  });

  it("keeps nullable fields nullable", () => {
    expectTypeOf<Subscription["amount"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Subscription["ended_at"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Order["subscription_id"]>().toEqualTypeOf<string | null>();
    expectTypeOf<SubscriptionStatus>().toEqualTypeOf<
      "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "canceled" | "unpaid"
    >();
  });

  it("narrows a product price by type and amount_type", () => {
    const price = {} as ProductPrice;
    if (price.type === "recurring" && price.amount_type === "fixed") {
      expectTypeOf(price.recurring_interval).toEqualTypeOf<"month" | "year">();
      expectTypeOf(price.price_amount).toEqualTypeOf<number>();
    }
    if (price.type === "one_time") {
      // @ts-expect-error one-time prices have no recurring interval
      price.recurring_interval;
    }
  });

  it("requires path ids and checks query values against the spec", () => {
    // @ts-expect-error the order id is required
    client.GET("/v1/users/orders/{id}");
    // @ts-expect-error "price" is not a sorting criterion of orders
    client.GET("/v1/users/orders/", { params: { query: { sorting: ["price"] } } });
    client.GET("/v1/users/orders/", { params: { query: { sorting: ["-amount"], organization_id: ["a", "b"] } } });
    // @ts-expect-error the list paths end with a slash, as Polar serves them
    client.GET("/v1/users/orders");
  });

  it("requires product_price_id to update a subscription", () => {
    // @ts-expect-error product_price_id is required
    client.PATCH("/v1/users/subscriptions/{id}", { params: { path: { id: "x" } }, body: {} });
  });

  it("names the servers of the spec", () => {
    expectTypeOf<PolarServer>().toEqualTypeOf<"production" | "sandbox">();
  });
});
