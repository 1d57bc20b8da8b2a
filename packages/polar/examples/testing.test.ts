import { createPolarClient } from "@specfirst/polar";
import { handlers, http, scenarios } from "@specfirst/polar/mock";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Create clients after server.listen(): MSW intercepts the fetch a client finds when it is created.
const client = () => createPolarClient({ token: "test-token", maxRetries: 1 });
const orderId = "6bfc0403-8ac3-4394-b5e6-eff0359f1b26";

test("every operation answers with the spec's example", async () => {
  const { data } = await client().GET("/v1/users/orders/{id}", { params: { path: { id: orderId } } });
  expect(data?.amount).toBe(900); // cents
});

test("an invalid request gets Polar's 422", async () => {
  const { error, response } = await client().GET("/v1/users/orders/{id}", { params: { path: { id: "42" } } });
  expect(response.status).toBe(422);
  expect(error).toMatchObject({ detail: [{ loc: ["path", "id"], type: "uuid_parsing" }] });
});

test("a documented error, by scenario", async () => {
  server.use(scenarios.getOrderInvoice.notFound({ example: "invoiceNotAvailable" }));
  const { error } = await client().GET("/v1/users/orders/{id}/invoice", { params: { path: { id: orderId } } });
  expect(error).toMatchObject({ error: "InvoiceNotAvailable" });
});

test("a GET survives one 503; a dropped connection is a ConnectionError", async () => {
  server.use(scenarios.getOrder.unavailable());
  const { data } = await client().GET("/v1/users/orders/{id}", { params: { path: { id: orderId } } });
  expect(data).toBeDefined();

  server.use(scenarios.getOrder.connectionDropped());
  await expect(client().GET("/v1/users/orders/{id}", { params: { path: { id: orderId } } })).rejects.toMatchObject({
    name: "ConnectionError",
  });
});

test("your own answer, typed by the spec", async () => {
  server.use(
    http.get("/v1/users/orders/{id}/invoice", ({ params, response }) =>
      response(200).json({ url: `https://invoices.test/${params.id}.pdf` }),
    ),
  );
  const { data } = await client().GET("/v1/users/orders/{id}/invoice", { params: { path: { id: orderId } } });
  expect(data?.url).toBe(`https://invoices.test/${orderId}.pdf`);
});
