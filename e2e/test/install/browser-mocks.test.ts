import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Chromium, launchChromium, startTestServer, type TestServer } from "@specfirst/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForBrowser } from "../../src/browser-bundle.js";
import type { Consumer } from "../../src/consumer.js";
import { registryConsumer } from "./registry-consumer.js";

const minute = 60_000;

/** An app's test page: MSW's service worker serves @specfirst/polar's mocks on the page's own origin. */
const app = `import { createPolarClient } from "@specfirst/polar";
import { createHandlers, scenarios } from "@specfirst/polar/mock";
import { setupWorker } from "msw/browser";

const baseUrl = location.origin;
const worker = setupWorker(...createHandlers({ baseUrl }));
globalThis.mockReport = (async () => {
  await worker.start({ onUnhandledRequest: "error", quiet: true });
  const polar = createPolarClient({ baseUrl, token: "test-token", maxRetries: 0 });
  const id = "6bfc0403-8ac3-4394-b5e6-eff0359f1b26";
  const order = await polar.GET("/v1/users/orders/{id}", { params: { path: { id } } });
  const invalid = await polar.GET("/v1/users/orders/{id}", { params: { path: { id: "42" } } });
  worker.use(scenarios.getOrder.notFound());
  const missing = await polar.GET("/v1/users/orders/{id}", { params: { path: { id } } });
  worker.stop();
  return {
    amount: order.data?.amount,
    invalid: [invalid.response.status, invalid.error?.detail?.[0]?.loc],
    missing: [missing.response.status, missing.error],
  };
})();
`;

describe("@specfirst/polar/mock in headless Chromium: setupWorker (msw/browser) in an app bundled by esbuild", () => {
  let consumer: Consumer;
  let server: TestServer;
  let browser: Chromium | undefined;
  const reachedServer: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    consumer = registryConsumer("browser-mocks-npm");
    await consumer.install(["@specfirst/polar"]);
    await consumer.install(["@specfirst/mock", "msw@2.15.0"], { dev: true });
    consumer.write("app.mjs", app);
    const { code } = await bundleForBrowser(consumer.dir, "app.mjs");
    const files: Record<string, [string, string]> = {
      "/index.html": [
        "text/html",
        `<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>`,
      ],
      "/app.js": ["text/javascript", code],
      // The worker script MSW's setupWorker registers, as `npx msw init` would copy it into the app.
      "/mockServiceWorker.js": [
        "text/javascript",
        readFileSync(join(consumer.dir, "node_modules", "msw", "lib", "mockServiceWorker.js"), "utf8"),
      ],
    };
    server = await startTestServer(({ url }) => {
      const file = files[url];
      if (!file) reachedServer.push(url);
      return file
        ? { status: 200, headers: { "content-type": file[0] }, body: file[1] }
        : { status: 404, body: { error: `not served: ${url}` } };
    });
    browser = await launchChromium();
    browser.context.setDefaultTimeout(30_000);
    browser.context.on("weberror", (error) => pageErrors.push(String(error.error())));
  }, 3 * minute);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the worker answers the client with the spec's example, Polar's 422 and a 404 scenario; no API call reaches the server", async () => {
    const tab = await (browser as Chromium).context.newPage();
    await tab.goto(`${server.url}/index.html`);
    const report = await tab.evaluate(() => (globalThis as { mockReport?: Promise<unknown> }).mockReport);
    await tab.close();
    expect(report).toEqual({
      amount: 900,
      invalid: [422, ["path", "id"]],
      missing: [404, { error: "ResourceNotFound", detail: "Not found" }],
    });
    expect(reachedServer, "requests the worker let through").toEqual([]);
    expect(pageErrors, "errors thrown in the page").toEqual([]);
  });
});
