import { createNovaProxyClient } from "@specfirst/novaproxy";
import { createHandlers, http, scenarios } from "@specfirst/novaproxy/mock";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

// NovaProxy documents no API host: serve the mocks on the base URL the app is configured with.
const baseUrl = "https://novaproxy.test";
const server = setupServer(...createHandlers({ baseUrl }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Create clients after server.listen(): MSW intercepts the fetch a client finds when it is created.
const client = () => createNovaProxyClient({ baseUrl, token: "test-token", maxRetries: 1 });

test("every operation answers with the spec's example", async () => {
  const { data } = await client().GET("/plans/{plan}", { params: { path: { plan: "residential" } } });
  expect(data?.slug).toBe("residential");
});

test("an invalid order gets a 422 in Laravel's shape (assumed: NovaProxy documents no errors)", async () => {
  const { response, error } = await client().POST("/orders", { body: {} as never });
  expect(response.status).toBe(422);
  expect(error).toMatchObject({ errors: { plan: ["The plan field is required."] } });
});

test("a POST is not retried after a 503, nor after a dropped connection", async () => {
  server.use(scenarios.createOrder.unavailable());
  const { response } = await client().POST("/orders", { body: { plan: "residential", bandwidth: 2 } });
  expect(response.status).toBe(503);

  server.use(scenarios.createOrder.connectionDropped());
  await expect(client().POST("/orders", { body: { plan: "residential", bandwidth: 2 } })).rejects.toMatchObject({
    name: "ConnectionError",
  });
});

test("your own answer, typed by the spec", async () => {
  server.use(http.get("/orders", ({ response }) => response(200).json([])));
  const { data } = await client().GET("/orders");
  expect(data).toEqual([]);
});
