import { createVpsbgClient } from "@specfirst/vpsbg";
import { handlers, http, scenarios } from "@specfirst/vpsbg/mock";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Create clients after server.listen(): MSW intercepts the fetch a client finds when it is created.
const client = () => createVpsbgClient({ token: "test-token", maxRetries: 1 });

test("every operation answers with the spec's example", async () => {
  const { data } = await client().GET("/orders/{id}", { params: { path: { id: 7756 } } });
  expect(data?.status).toBe("awaiting_payment");
});

test("an invalid request gets a 422 in Laravel's shape (assumed: VPSBG documents no error body)", async () => {
  const { error, response } = await client().PATCH("/orders/{id}/{service_type}/{service_id}", {
    params: { path: { id: 7756, service_type: "server", service_id: "1" } },
    body: { billing_cycle: "yearly" as unknown as number },
  });
  expect(response.status).toBe(422);
  expect(error).toMatchObject({ errors: { billing_cycle: ["The billing cycle field must be an integer."] } });
});

test("a documented status, by scenario; a PATCH is not retried after a 503", async () => {
  server.use(scenarios.getOrder.notFound());
  expect((await client().GET("/orders/{id}", { params: { path: { id: 1 } } })).response.status).toBe(404);

  server.use(scenarios.changeOrderRenewalPeriod.unavailable());
  const { response } = await client().PATCH("/orders/{id}/{service_type}/{service_id}", {
    params: { path: { id: 7756, service_type: "server", service_id: "1" } },
    body: { billing_cycle: 12 },
  });
  expect(response.status).toBe(503);
});

test("your own answer, typed by the spec", async () => {
  server.use(
    http.get("/orders", ({ response }) =>
      response(200).json({
        data: [],
        links: {
          first: "https://api.vpsbg.eu/v1/orders?page=1",
          last: "https://api.vpsbg.eu/v1/orders?page=1",
          prev: null,
          next: null,
        },
        meta: {
          current_page: 1,
          from: 0,
          last_page: 1,
          links: [],
          path: "https://api.vpsbg.eu/v1/orders",
          per_page: 30,
          to: 0,
          total: 0,
        },
      }),
    ),
  );
  const { data } = await client().GET("/orders");
  expect(data?.meta.total).toBe(0);
});
