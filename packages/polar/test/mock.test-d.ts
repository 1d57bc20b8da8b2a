import { http, scenarios } from "@specfirst/polar/mock";
import type { HttpHandler } from "msw";
import { expectTypeOf, test } from "vitest";

test("http overrides are typed by the spec's paths", () => {
  http.get("/v1/users/orders/{id}/invoice", ({ params, response }) => {
    expectTypeOf(params.id).toEqualTypeOf<string>();
    return response(200).json({ url: "https://invoices.test/1.pdf" });
  });
  http.get("/v1/users/orders/{id}/invoice", ({ response }) =>
    // @ts-expect-error: the 200 body of getOrderInvoice is { url: string }
    response(200).json({ url: 42 }),
  );
  http.get("/v1/users/orders/{id}/invoice", ({ response }) =>
    // @ts-expect-error: getOrderInvoice documents no 201
    response(201).json({ url: "https://invoices.test/1.pdf" }),
  );
  // @ts-expect-error: not a path of the spec
  http.get("/v1/users/invoices", () => undefined);
  // @ts-expect-error: the spec has no POST on this path
  http.post("/v1/users/orders/{id}", () => undefined);
});

test("scenarios exist per documented status and name its examples", () => {
  expectTypeOf(scenarios.getOrderInvoice.notFound({ example: "invoiceNotAvailable" })).toEqualTypeOf<HttpHandler>();
  expectTypeOf(scenarios.updateSubscription.unprocessableContent).toBeFunction();
  expectTypeOf(scenarios.listOrders.rateLimited({ retryAfter: 5, times: 1 })).toEqualTypeOf<HttpHandler>();
  // @ts-expect-error: not an example of getOrderInvoice's 404
  scenarios.getOrderInvoice.notFound({ example: "gone" });
  // @ts-expect-error: listOrders documents no 404
  scenarios.listOrders.notFound();
  // @ts-expect-error: not an operationId
  scenarios.listInvoices.rateLimited();
});
