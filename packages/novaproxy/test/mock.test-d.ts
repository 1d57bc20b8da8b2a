import { http, scenarios } from "@specfirst/novaproxy/mock";
import { expectTypeOf, test } from "vitest";

test("http overrides and scenarios are typed by the spec", () => {
  http.get("/plans/{plan}", ({ params, response }) => {
    expectTypeOf(params.plan).toEqualTypeOf<string>();
    // @ts-expect-error: not a Plan (its `slug` is a string, and the other fields are missing)
    return response(200).json({ slug: 1 });
  });
  // @ts-expect-error: the spec has no DELETE /orders/{uuid}
  http.delete("/orders/{uuid}", () => undefined);
  expectTypeOf(scenarios.createOrder.created).toBeFunction();
  // @ts-expect-error: createOrder documents no 422
  scenarios.createOrder.unprocessableContent();
});
