// Bundle size: esbuild (minified ESM for the browser, as a user's bundler would) of a minimal "list
// orders" program per contender, with its min and gzip bytes. Sizes are deterministic: one run each.
// Each of our providers with a `paginate` helper has a second program, "+ paginate", that lists every
// order through it: the helper is what a user lists with, so its bytes are a cost of the client too.
// NovaProxy has none (its `GET /orders` is not paginated), so it has the list program only.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The programs, each the smallest honest "list orders" with that client. */
export const contenders = [
  {
    name: "@specfirst/polar",
    ours: true,
    program: `import { createPolarClient } from "@specfirst/polar";
const polar = createPolarClient({ token: "t" });
const { data } = await polar.GET("/v1/users/orders/");
console.log(data);`,
  },
  {
    name: "@specfirst/polar + validate",
    ours: true,
    program: `import { createPolarClient } from "@specfirst/polar";
import { validators } from "@specfirst/polar/validate";
const polar = createPolarClient({ token: "t", validate: validators });
const { data } = await polar.GET("/v1/users/orders/");
console.log(data);`,
  },
  {
    name: "@specfirst/polar + validate listOrders",
    ours: true,
    program: `import { createPolarClient, validateResponses } from "@specfirst/polar";
import { listOrders } from "@specfirst/polar/validate";
const polar = createPolarClient({ token: "t", validate: validateResponses({ listOrders }) });
const { data } = await polar.GET("/v1/users/orders/");
console.log(data);`,
  },
  {
    name: "@specfirst/polar + paginate",
    ours: true,
    program: `import { createPolarClient, paginate } from "@specfirst/polar";
const polar = createPolarClient({ token: "t" });
for await (const order of paginate(polar, "/v1/users/orders/")) console.log(order.id);`,
  },
  {
    name: "@specfirst/novaproxy",
    ours: true,
    program: `import { createNovaProxyClient } from "@specfirst/novaproxy";
const novaproxy = createNovaProxyClient({ token: "t" });
const { data } = await novaproxy.GET("/orders");
console.log(data);`,
  },
  {
    name: "@specfirst/vpsbg",
    ours: true,
    program: `import { createVpsbgClient } from "@specfirst/vpsbg";
const vpsbg = createVpsbgClient({ token: "t" });
const { data } = await vpsbg.GET("/orders");
console.log(data);`,
  },
  {
    name: "@specfirst/vpsbg + validate",
    ours: true,
    program: `import { createVpsbgClient } from "@specfirst/vpsbg";
import { validators } from "@specfirst/vpsbg/validate";
const vpsbg = createVpsbgClient({ token: "t", validate: validators });
const { data } = await vpsbg.GET("/orders");
console.log(data);`,
  },
  {
    name: "@specfirst/vpsbg + validate listOrders",
    ours: true,
    program: `import { createVpsbgClient, validateResponses } from "@specfirst/vpsbg";
import { listOrders } from "@specfirst/vpsbg/validate";
const vpsbg = createVpsbgClient({ token: "t", validate: validateResponses({ listOrders }) });
const { data } = await vpsbg.GET("/orders");
console.log(data);`,
  },
  {
    name: "@specfirst/vpsbg + paginate",
    ours: true,
    program: `import { createVpsbgClient, paginate } from "@specfirst/vpsbg";
const vpsbg = createVpsbgClient({ token: "t" });
for await (const order of paginate(vpsbg, "/orders")) console.log(order.id);`,
  },
  {
    name: "openapi-fetch 0.17.0 (bare)",
    program: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://api.polar.sh", headers: { Authorization: "Bearer t" } });
const { data } = await client.GET("/v1/users/orders/");
console.log(data);`,
  },
  {
    name: "@polar-sh/sdk 0.49.0 standalone function",
    program: `import { PolarCore } from "polar-sdk-0.49/core.js";
import { ordersList } from "polar-sdk-0.49/funcs/ordersList.js";
const polar = new PolarCore({ accessToken: "t" });
console.log(await ordersList(polar, {}));`,
  },
  {
    name: "@polar-sh/sdk 0.49.0 full client",
    program: `import { Polar } from "polar-sdk-0.49";
const polar = new Polar({ accessToken: "t" });
console.log(await polar.orders.list({}));`,
  },
  {
    name: "@polar-sh/sdk 1.0.1 standalone function",
    program: `import { createPolarCore } from "polar-sdk-1/2026-10";
import { listOrders } from "polar-sdk-1/2026-10/services/orders";
const core = createPolarCore({ accessToken: "t" });
console.log(await listOrders(core)());`,
  },
  {
    name: "@polar-sh/sdk 1.0.1 full client",
    program: `import { createPolar } from "polar-sdk-1/2026-10";
const polar = createPolar({ accessToken: "t" });
console.log(await polar.orders.list());`,
  },
];

// Modules of the mocks: a client's /mock entry, @specfirst/mock, MSW and what it brings.
const MOCK_MODULES = /packages\/mock\/|packages\/[^/]+\/dist\/mock\.|node_modules\/(msw|openapi-msw|@mswjs)\//;
// A client's /validate entry, which only programs that validate responses may carry.
const VALIDATE_MODULES = /packages\/[^/]+\/dist\/validate\./;

/**
 * Bundles one program; resolves with its minified and gzip (level 9) sizes in bytes, and `mockBytes`:
 * the bytes of the output that come from the mocks, and `validateBytes`, from the response validators: a
 * program that does not import them must not carry any.
 */
export async function bundleSize(program) {
  const result = await build({
    stdin: { contents: program, resolveDir: import.meta.dirname, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const bytesOf = (modules) =>
    inputs.filter(([path]) => modules.test(path)).reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    mockBytes: bytesOf(MOCK_MODULES),
    validateBytes: bytesOf(VALIDATE_MODULES),
  };
}

/** Every contender's sizes, and its gzip size as a multiple of ours for the same API (Polar). */
export async function measureSizes() {
  const rows = [];
  for (const contender of contenders) rows.push({ ...contender, ...(await bundleSize(contender.program)) });
  const polar = rows.find((row) => row.name === "@specfirst/polar");
  return rows.map(({ name, ours, program, min, gzip, mockBytes, validateBytes }) => ({
    name,
    ours: Boolean(ours),
    validates: program.includes("/validate"),
    min,
    gzip,
    mockBytes,
    validateBytes,
    gzipVsOurs: gzip / polar.gzip,
  }));
}
