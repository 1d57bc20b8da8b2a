import { type Chromium, launchChromium } from "@specfirst/testkit";
import type { Metafile } from "esbuild";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleForBrowser } from "../../src/browser-bundle.js";
import type { Consumer } from "../../src/consumer.js";
import {
  type ContractProvider,
  type ContractServer,
  contractProviders,
  expectedReport,
  expectedRequests,
  expectTimeoutsTook300ms,
  receivedRequests,
  startContractServer,
} from "../../src/runtime-contract.js";
import { registryConsumer } from "./registry-consumer.js";

const minute = 60_000;
const token = "e2e-browser-token";
const polar = contractProviders.polar as ContractProvider;

/** The page: the run's config, then the bundle as a module script (the init script has run before either). */
function page(config: unknown): string {
  // `<` escaped, so no string in the config can end the script element.
  const json = JSON.stringify(config).replaceAll("<", "\\u003c");
  return `<!doctype html>
<meta charset="utf-8">
<title>@specfirst/polar runtime contract</title>
<script>globalThis.contractConfig = ${json};</script>
<script type="module" src="/bundle.js"></script>
`;
}

describe("@specfirst/polar, bundled by esbuild for the browser, in headless Chromium without AbortSignal.any", () => {
  let consumer: Consumer;
  let server: ContractServer;
  let browser: Chromium | undefined;
  let context: BrowserContext | undefined;
  let metafile: Metafile;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    consumer = registryConsumer("browser-npm-polar");
    await consumer.install([polar.package]);
    const bundled = await bundleForBrowser(consumer.dir, "browser.mjs");
    metafile = bundled.metafile;
    server = await startContractServer();
    server.serveFile("/bundle.js", "text/javascript", bundled.code);

    browser = await launchChromium();
    context = browser.context;
    context.setDefaultTimeout(30_000);
    // Before any script of the page: the runtime must not need AbortSignal.any (Safari < 17.4, older Chromium).
    await context.addInitScript({ content: "delete AbortSignal.any;" });
    context.on("request", (request) => {
      if (!request.url().startsWith(`${server.url}/`)) outside.push(request.url());
    });
    context.on("weberror", (error) => pageErrors.push(String(error.error())));
  }, 3 * minute);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the bundle is built from the ESM builds of the installed @specfirst/polar and @specfirst/core", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContainEqual(expect.stringMatching(/node_modules\/@specfirst\/polar\/dist\/index\.mjs$/));
    expect(inputs).toContainEqual(expect.stringMatching(/node_modules\/@specfirst\/core\/dist\/index\.mjs$/));
    expect(inputs.filter((input) => input.endsWith(".cjs") && input.includes("@specfirst/"))).toEqual([]);
  });

  it("list, get, a retried 503, two timeouts, an abort and a PATCH not retried keep the runtime contract", async () => {
    const run = server.newRun(polar);
    server.serveFile("/index.html", "text/html", page(run.config("browser", token)));
    const tab = await (context as BrowserContext).newPage();
    const response = await tab.goto(`${server.url}/index.html`);
    expect(response?.status()).toBe(200);
    const report = await tab.evaluate(() => (globalThis as { contractReport?: Promise<unknown> }).contractReport);
    await tab.close();

    expect(report).toEqual(expectedReport(polar, "browser"));
    expectTimeoutsTook300ms(report);
    expect(receivedRequests(run)).toEqual(expectedRequests(polar, "browser"));
    for (const { headers } of run.requests) {
      expect(headers.authorization).toBe(`Bearer ${token}`);
      // The browser's own User-Agent: the runtime sets none in a browser.
      expect(headers["user-agent"]).toMatch(/HeadlessChrome\//);
    }
    expect(pageErrors, "errors thrown in the page").toEqual([]);
    expect(outside, "requests that left 127.0.0.1").toEqual([]);
  });
});
