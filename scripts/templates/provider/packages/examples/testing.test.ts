import { create__Pascal__Client } from "@specfirst/__slug__";
import { handlers, http, scenarios } from "@specfirst/__slug__/mock";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Create clients after server.listen(): MSW intercepts the fetch a client finds when it is created.
const client = () => create__Pascal__Client({ token: "test-token", maxRetries: 1 });

test("every operation answers with the spec's example", async () => {
  const { data } = await client().GET("/example");
  expect(data?.id).toBe("example-1");
});

test("a documented error, by scenario", async () => {
  server.use(scenarios.getExample.unauthorized());
  const { response } = await client().GET("/example");
  expect(response.status).toBe(401);
});

test("your own answer, typed by the spec", async () => {
  server.use(http.get("/example", ({ response }) => response(200).json({ id: "mine", name: "Mine" })));
  const { data } = await client().GET("/example");
  expect(data?.name).toBe("Mine");
});
