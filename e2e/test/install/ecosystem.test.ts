// openapi-fetch's ecosystem takes our clients as openapi-fetch clients: openapi-react-query and
// swr-openapi type-check on the published @specfirst/polar (strict, exactOptionalPropertyTypes,
// skipLibCheck: false), and openapi-react-query's queryOptions run through TanStack Query's own
// QueryClient against a server on 127.0.0.1.
import { useTestServer } from "@specfirst/testkit";
import { beforeAll, describe, expect, it } from "vitest";
import { type Consumer, strictCompilerOptions, typeScriptTools } from "../../src/consumer.js";
import { ecosystemPackages } from "../../src/ecosystem.js";
import { registryConsumer } from "./registry-consumer.js";

const page = { items: [{ id: "ord_1" }], pagination: { total_count: 1, max_page: 1 } };

// What a React app writes: hooks, type-checked (they are not rendered here).
const hooks = `import createQueryClient from "openapi-react-query";
import { createQueryHook } from "swr-openapi";
import { createPolarClient, type PolarClient } from "@specfirst/polar";

const polar: PolarClient = createPolarClient({ token: "polar_pat_example" });
const $api = createQueryClient(polar);
const useSwrQuery = createQueryHook(polar, "polar");

export function useOrders() {
  const { data, error } = $api.useQuery("get", "/v1/users/orders/", { params: { query: { limit: 10 } } });
  const ids: string[] | undefined = data?.items.map((order) => order.id);
  return { ids, error };
}

export function useSubscription(id: string) {
  const { data } = useSwrQuery("/v1/users/subscriptions/{id}", { params: { path: { id } } });
  const status: string | undefined = data?.status;
  return status;
}
`;

// queryOptions(...) through QueryClient.fetchQuery: success, an error body, and a 503 our client retries.
const program = `import { QueryClient } from "@tanstack/query-core";
import createQueryClient from "openapi-react-query";
import { createPolarClient } from "@specfirst/polar";

const polar = createPolarClient({ baseUrl: process.env.BASE_URL, token: "polar_pat_example" });
const $api = createQueryClient(polar);
const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const outcomes = [];
for (const limit of [1, 2, 3]) {
  try {
    const data = await queries.fetchQuery($api.queryOptions("get", "/v1/users/orders/", { params: { query: { limit } } }));
    outcomes.push({ data });
  } catch (error) {
    outcomes.push({ error });
  }
}
console.log(JSON.stringify(outcomes));
`;

let consumer: Consumer;
let attempts = 0;
const server = useTestServer(({ url }) => {
  if (url.endsWith("limit=2")) return { status: 404, body: { detail: "Not found" } };
  if (url.endsWith("limit=3") && ++attempts === 1) return { status: 503, headers: { "retry-after-ms": "1" } };
  return { status: 200, body: page };
});

beforeAll(async () => {
  consumer = registryConsumer("ecosystem");
  await consumer.install(["@specfirst/polar", ...ecosystemPackages]);
  await consumer.install(typeScriptTools, { dev: true });
  // ESM, as a React app is: openapi-react-query 0.5.4's CommonJS declarations (index.d.cts) fail to
  // type-check themselves under skipLibCheck: false (TS2309), whatever client they are given.
  consumer.write("hooks.mts", hooks);
  consumer.write("fetch-query.mjs", program);
  const compilerOptions = {
    ...strictCompilerOptions,
    module: "nodenext",
    moduleResolution: "nodenext",
    lib: ["es2022", "dom", "dom.iterable"],
  };
  consumer.write("tsconfig.ecosystem.json", `${JSON.stringify({ compilerOptions, files: ["hooks.mts"] }, null, 2)}\n`);
});

describe("openapi-fetch's ecosystem, on @specfirst/polar as published", () => {
  it("openapi-react-query's useQuery and swr-openapi's createQueryHook type-check on the client", async () => {
    await consumer.typecheck("tsconfig.ecosystem.json");
  });

  it("openapi-react-query's queryOptions run through TanStack Query: data, the error body, a retried 503", async () => {
    const outcomes = await consumer.runScript("fetch-query.mjs", { BASE_URL: server.url });
    expect(outcomes).toEqual([{ data: page }, { error: { detail: "Not found" } }, { data: page }]);
    // The 503 was retried by our client, inside one queryFn call (TanStack's own retry is off).
    expect(server.requests.filter(({ url }) => url.endsWith("limit=3"))).toHaveLength(2);
  });
});
