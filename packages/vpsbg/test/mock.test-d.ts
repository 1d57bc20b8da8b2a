import { http, scenarios } from "@specfirst/vpsbg/mock";
import { expectTypeOf, test } from "vitest";

test("http overrides and scenarios are typed by the spec", () => {
  http.get("/orders/{id}", ({ params, response }) => {
    expectTypeOf(params.id).toEqualTypeOf<string>();
    // @ts-expect-error: not an Order (its `id` is a number, and the other fields are missing)
    return response(200).json({ id: "7756" });
  });
  // @ts-expect-error: changeOrderRenewalPeriod answers 204 without a body
  http.patch("/orders/{id}/{service_type}/{service_id}", ({ response }) => response(204).json({}));
  expectTypeOf(scenarios.changeOrderRenewalPeriod.unprocessableContent).toBeFunction();
  // @ts-expect-error: listOrders documents no 404
  scenarios.listOrders.notFound();
});
