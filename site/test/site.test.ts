import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  type Chromium,
  launchChromium,
  loadBundledSpec,
  type OperationObject,
  operations,
  specDir,
} from "@specfirst/testkit";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientVariable } from "../../scripts/code-samples.mjs";
import { startSiteServer } from "../serve.mjs";

const root = join(import.meta.dirname, "..", "..");
const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");

type Operation = (typeof providers)[number]["operations"][number];

/** Every provider in specs/, with what its bundled document says (testkit reads and walks it). */
const providers = readdirSync(join(root, "specs"))
  .filter((slug) => existsSync(join(root, "specs", slug, "package.json")))
  .sort()
  .map((slug) => {
    const document = loadBundledSpec(specDir(slug));
    const located = operations(document).map(({ path, method, operation }) => {
      const { tags, summary } = operation as OperationObject & { tags: string[]; summary: string };
      return { method, path, tag: tags[0] ?? "", operationId: operation.operationId, summary };
    });
    return { slug, title: document.info.title, operations: located };
  });

let server: { url: string; close(): Promise<void> };
let browser: Chromium;
let context: BrowserContext;
const consoleErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  server = await startSiteServer();
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  context = browser.context;
  context.on("request", (request) => {
    const url = request.url();
    const local = [`${server.url}/`, `blob:${server.url}/`, "data:", "about:blank"].some((prefix) =>
      url.startsWith(prefix),
    );
    if (!local) outsideRequests.push(url);
  });
  context.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  context.on("weberror", (error) => consoleErrors.push(String(error.error())));
});

// Checked after every test, and cleared, so each failure names its own page.
afterEach(() => {
  const errors = consoleErrors.splice(0);
  const outside = outsideRequests.splice(0);
  expect(errors, "console errors").toEqual([]);
  expect(outside, "requests that left 127.0.0.1").toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits (2 s at most) until the page has stopped scrolling, so a screenshot shows where it came to rest. */
async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let check = 0; check < 20; check++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(100);
  }
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe("the API reference site, in Chromium", () => {
  it("the landing page lists exactly the providers in specs/, with their operation counts and links", async () => {
    const page = await open("/index.html");
    const cards = page.locator("ul.providers > li");
    expect(await cards.locator("h2").allInnerTexts()).toEqual(providers.map(({ title }) => title));
    expect(await cards.locator(".operation-count").allInnerTexts()).toEqual(
      providers.map(({ operations }) => String(operations.length)),
    );
    for (const { slug } of providers) {
      const card = cards.filter({ has: page.locator(`a[href="./${slug}/index.html"]`) });
      expect(await card.textContent()).toContain(`npm install @specfirst/${slug}`);
      for (const link of ["index.html", "openapi.json", "openapi.yaml", "readme.html", "changelog.html"]) {
        const href = await card.locator(`a[href="./${slug}/${link}"]`).first().getAttribute("href");
        expect((await fetch(new URL(href ?? "", `${server.url}/`))).status, `${slug}/${link}`).toBe(200);
      }
    }
    await page.screenshot({ path: join(screenshots, "index.png"), fullPage: true });
    await page.close();
  });

  for (const provider of providers) {
    describe(`${provider.title} (/${provider.slug}/)`, () => {
      it(`renders all ${provider.operations.length} operations of the spec, each with its client call`, async () => {
        const page = await open(`/${provider.slug}/index.html`);
        const rendered = new Set<string>();
        for (const tag of new Set(provider.operations.map((operation) => operation.tag))) {
          // Redoc renders a tag's operations once its group is opened; scroll through them all.
          await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: tag }).first().click();
          for (let scroll = 0; scroll < 20; scroll++) {
            await page.mouse.wheel(0, 3000);
            await page.waitForTimeout(50);
          }
          const ids = await page.$$eval("[data-section-id]", (sections) =>
            sections.map((section) => section.getAttribute("data-section-id") ?? ""),
          );
          for (const id of ids.filter((id) => id.split("/").length === 3)) rendered.add(id.split("/")[2] ?? "");
        }
        expect([...rendered].sort()).toEqual(
          provider.operations.map((operation) => operation.operationId.toLowerCase()).sort(),
        );
        // Each operation's code sample is the call with the client, shown when the operation is opened.
        const client = clientVariable(provider.slug);
        for (const { tag, summary, method, path } of provider.operations) {
          await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: tag }).first().click();
          await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: summary }).first().click();
          const call = `${client}.${method.toUpperCase()}("${path}"`;
          await page.getByText(call).first().waitFor({ timeout: 10_000 });
        }
        await page.close();
      });

      it("finds an operation by its summary in the search box", async () => {
        const page = await open(`/${provider.slug}/index.html`);
        const { summary, path } = provider.operations.at(-1) as Operation;
        await page.getByText("Search", { exact: false }).first().click();
        await page.locator('input[placeholder^="Search"]').fill(summary);
        const first = page.locator('[data-component-name="Search/SearchItem"]').first();
        await first.waitFor({ timeout: 10_000 });
        const found = (await first.textContent()) ?? "";
        expect(found).toContain(summary);
        expect(found).toContain(path);
        await page.close();
      });

      it("screenshot of the reference page", async () => {
        const page = await open(`/${provider.slug}/index.html`);
        const first = provider.operations[0] as Operation;
        await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: first.tag }).first().click();
        await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: first.summary }).first().click();
        await page
          .getByText(`${clientVariable(provider.slug)}.${first.method.toUpperCase()}(`)
          .first()
          .waitFor();
        await settled(page);
        await page.screenshot({ path: join(screenshots, `${provider.slug}.png`) });
        await page.close();
      });
    });
  }
});
