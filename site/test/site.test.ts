import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Chromium, launchChromium } from "@specfirst/testkit";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientVariable } from "../../scripts/code-samples.mjs";
import { startSiteServer } from "../serve.mjs";
import { siteProviders } from "./providers.js";

const screenshots = join(import.meta.dirname, "..", "test-results", "screenshots");
const providers = siteProviders();
const desktop = { width: 1280, height: 900 };
const mobile = { width: 375, height: 812 };

let server: Awaited<ReturnType<typeof startSiteServer>>;
let browser: Chromium;
let context: BrowserContext;
const consoleErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  server = await startSiteServer();
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium({ viewport: desktop });
  context = browser.context;
  // Every page opens as a first-time reader's would. Scalar remembers a reader's choices in
  // localStorage (the selected client, written 500 ms after the click): a test slower than that to
  // close its page would change what every later test sees.
  await context.addInitScript(() => {
    try {
      localStorage.clear();
    } catch {
      // about:blank and data: pages have no storage of their own.
    }
  });
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

// Checked after every test, and cleared, so each failure names its own page. A failed test's pages
// are closed here, so that they do not go on running beside the next test.
afterEach(async () => {
  for (const page of context.pages()) await page.close();
  const errors = consoleErrors.splice(0);
  const outside = outsideRequests.splice(0);
  expect(errors, "console errors").toEqual([]);
  expect(outside, "requests that left 127.0.0.1").toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site cold (a new tab), at `path` (with its `#hash`), and checks it was served. */
async function open(path: string, options: { viewport?: typeof desktop; dark?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.emulateMedia({ colorScheme: options.dark ? "dark" : "light" });
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

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

/** How far the page is wider than its viewport (0 when nothing makes the reader scroll sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("the API reference site, in Chromium (offline: nothing may leave 127.0.0.1)", () => {
  it("the landing page lists exactly the providers in specs/, with their operation counts and links", async () => {
    const page = await open("/index.html");
    const cards = page.locator("ul.providers > li");
    expect(await cards.locator("h2").allInnerTexts()).toEqual(providers.map(({ title }) => title));
    expect(await cards.locator(".operation-count").allInnerTexts()).toEqual(
      providers.map(({ operations }) => String(operations.length)),
    );
    for (const { slug, client } of providers) {
      const card = cards.filter({ has: page.locator(`a[href="./${slug}/index.html"]`) });
      expect(await card.textContent()).toContain(`npm install ${client}`);
      for (const link of ["index.html", "openapi.json", "openapi.yaml", "readme.html", "changelog.html"]) {
        const href = await card.locator(`a[href="./${slug}/${link}"]`).first().getAttribute("href");
        expect((await fetch(new URL(href ?? "", `${server.url}/`))).status, `${slug}/${link}`).toBe(200);
      }
    }
    await page.screenshot({ path: join(screenshots, "index-desktop.png"), fullPage: true });
    await page.close();
  });

  it("the landing page is readable at 375 px wide, in light and dark", async () => {
    for (const dark of [false, true]) {
      const page = await open("/index.html", { viewport: mobile, dark });
      expect(await overflow(page)).toBe(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(dark ? "rgb(16, 20, 28)" : "rgb(255, 255, 255)");
      await page.screenshot({ path: join(screenshots, `index-mobile-${dark ? "dark" : "light"}.png`), fullPage: true });
      await page.close();
    }
  });

  for (const provider of providers) {
    describe(`${provider.title} (/${provider.slug}/)`, () => {
      it("has the header on every page: the provider switcher and every link of this provider", async () => {
        for (const file of ["index.html", "readme.html", "changelog.html"]) {
          const page = await open(`/${provider.slug}/${file}`);
          const header = page.locator("header.sf-header");
          await header.locator(".sf-switcher > summary").click();
          const switcher = header.locator(".sf-switcher li a");
          expect(await switcher.allInnerTexts()).toEqual(providers.map(({ title }) => title));
          expect(await header.locator('.sf-switcher a[aria-current="page"]').textContent()).toBe(provider.title);
          // Every provider in the switcher opens its reference.
          for (const other of providers) {
            const href = await switcher.filter({ hasText: other.title }).getAttribute("href");
            expect(new URL(href ?? "", page.url()).pathname).toBe(`/${other.slug}/index.html`);
          }
          const links = await header
            .locator(".sf-links a")
            .evaluateAll((anchors) =>
              anchors.map((anchor) => [anchor.textContent, (anchor as HTMLAnchorElement).href]),
            );
          expect(links.map(([text]) => text)).toEqual([
            "Reference",
            "README",
            "Changelog",
            "openapi.json",
            "openapi.yaml",
            "llms.txt",
          ]);
          for (const [text, href] of links) expect((await fetch(href ?? "")).status, `${file}: ${text}`).toBe(200);
          expect(await header.locator(".sf-install code").textContent()).toBe(`npm install ${provider.client}`);
          await page.close();
        }
        // The switcher takes the reader to another provider's reference.
        const other = providers.find(({ slug }) => slug !== provider.slug);
        if (other) {
          const page = await open(`/${provider.slug}/readme.html`);
          await page.locator(".sf-switcher > summary").click();
          await page.locator(".sf-switcher li a", { hasText: other.title }).click();
          await page.waitForURL(`**/${other.slug}/index.html`);
          await page.locator(`[id$="/tag/${other.operations[0]?.tagSlug}"]`).first().waitFor();
          await page.close();
        }
      });

      for (const operation of provider.operations) {
        it(`${operation.operationId}: a deep link opened cold shows it, with its TypeScript and its curl sample`, async () => {
          const page = await open(`/${provider.slug}/index.html#${operation.anchor}`);
          const section = page.locator(`section[id$="/${operation.anchor}"]`);
          await section.getByRole("heading", { name: operation.summary }).first().waitFor();
          await expect.poll(() => section.getByRole("heading").first().isVisible()).toBe(true);
          const call = `${clientVariable(provider.slug)}.${operation.method.toUpperCase()}("${operation.path}"`;
          await section.getByText(call).first().waitFor();
          await section.getByRole("button", { name: provider.client }).first().click();
          await page.getByRole("option", { name: "curl" }).first().click();
          await section.getByText("curl --fail-with-body").first().waitFor();
          expect(await section.textContent()).toContain(`${provider.envPrefix}_TOKEN`);
          await page.close();
        });
      }

      it("finds an operation by its summary in the search box", async () => {
        const page = await open(`/${provider.slug}/index.html`);
        const last = provider.operations.at(-1) as (typeof provider.operations)[number];
        await page
          .getByRole("button", { name: /Search/ })
          .first()
          .click();
        await page.keyboard.type(last.summary);
        const found = page.getByRole("option", { name: new RegExp(last.summary) }).first();
        await found.waitFor({ timeout: 10_000 });
        expect(await found.textContent()).toContain(last.path);
        await page.close();
      });

      it("Test Request sends a GET to the local mock with the typed token, shows the mocked body, and keeps the token out of storage", async () => {
        const get = provider.tryIt;
        const token = `${provider.slug}_docs_token_7c1e`;
        // A value the mock's body holds, to find in the page once the response is shown.
        const mocked = await (
          await fetch(`${server.url}${get.requestPath}`, { headers: { authorization: "Bearer t" } })
        ).json();
        const bodyText = firstLongString(mocked);
        const page = await open(`/${provider.slug}/index.html#${get.anchor}`);
        const section = page.locator(`section[id$="/${get.anchor}"]`);
        await section
          .getByRole("button", { name: /Test Request/ })
          .first()
          .click();
        await page.locator('input[placeholder="Token"][id^="scalar-client"]').fill(token);
        const before = server.mockRequests.length;
        // The value may already be on the page, in the reference's response example behind the client.
        const shown = page.getByText(bodyText);
        const alreadyShown = await shown.count();
        await page.getByRole("button", { name: /^Send/ }).first().click();
        await expect.poll(() => server.mockRequests.length - before, { timeout: 15_000 }).toBe(1);
        expect(
          server.mockRequests
            .slice(before)
            .map(({ method, url, authorization }) => [method, url.split("?")[0], authorization]),
        ).toEqual([["GET", get.requestPath, `Bearer ${token}`]]);
        // The response panel shows the status and the mocked body.
        await page.getByText("200 OK").first().waitFor({ timeout: 15_000 });
        await expect.poll(() => shown.count(), { timeout: 15_000 }).toBeGreaterThan(alreadyShown);
        const stored = await page.evaluate(async () => ({
          local: JSON.stringify({ ...localStorage }),
          session: JSON.stringify({ ...sessionStorage }),
          databases: (await indexedDB.databases()).map(({ name }) => name),
          cookies: document.cookie,
        }));
        expect(JSON.stringify(stored)).not.toContain(token);
        await page.screenshot({ path: join(screenshots, `${provider.slug}-try-it.png`) });
        await page.close();
      });

      it("an operation, on desktop and at 375 px, in light and dark", async () => {
        const first = provider.operations[0] as (typeof provider.operations)[number];
        for (const viewport of [desktop, mobile]) {
          for (const dark of [false, true]) {
            const page = await open(`/${provider.slug}/index.html#${first.anchor}`, { viewport, dark });
            await page
              .locator(`section[id$="/${first.anchor}"]`)
              .getByRole("heading", { name: first.summary })
              .first()
              .waitFor();
            await settled(page);
            expect(await page.evaluate(() => document.body.classList.contains("dark-mode"))).toBe(dark);
            // The header follows Scalar's colour scheme.
            const bar = await page
              .locator("header.sf-header")
              .evaluate((header) => getComputedStyle(header).backgroundColor);
            expect(bar).toBe(dark ? "rgb(28, 45, 92)" : "rgb(47, 91, 211)");
            if (viewport === mobile) expect(await overflow(page)).toBe(0);
            const name = `${provider.slug}-${viewport === mobile ? "mobile" : "desktop"}-${dark ? "dark" : "light"}.png`;
            await page.screenshot({ path: join(screenshots, name) });
            await page.close();
          }
        }
      });
    });
  }
});

/** The first string of at least 8 characters in a JSON value, depth first. */
function firstLongString(value: unknown): string {
  if (typeof value === "string" && value.length >= 8) return value;
  if (value && typeof value === "object") {
    for (const item of Object.values(value)) {
      const found = firstLongString(item);
      if (found) return found;
    }
  }
  return "";
}
