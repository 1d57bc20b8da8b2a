import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceCopy, type WorkspaceCopy, wholeTestRunMs } from "../../src/workspace.js";

let copy: WorkspaceCopy;

beforeAll(async () => {
  copy = await createWorkspaceCopy();
});
afterAll(() => copy.remove());

const newProvider = (...args: string[]) => copy.exec("pnpm", ["--silent", "new-provider", ...args]);

// A slug no real provider will have; the "already exists" case takes a provider the copy has.
const slug = "e2e-sample";
const existing = () =>
  readdirSync(join(copy.dir, "specs")).find((dir) => existsSync(join(copy.dir, "specs", dir, "package.json")));

describe("pnpm new-provider", () => {
  it.each([
    [() => [existing() ?? "", "--title", "X", "--server", "https://api.x.dev"], "already exists"],
    [
      () => ["E2e_Sample", "--title", "Sample", "--server", "https://api.sample.dev"],
      '"E2e_Sample" is not a valid slug',
    ],
    [
      () => ["core", "--title", "Core", "--server", "https://api.core.dev"],
      '"core" is the name of a workspace package',
    ],
    [() => [slug, "--server", "https://api.sample.dev"], "--title is required"],
    [() => [slug, "--title", "Sample", "--server", "api.sample.dev"], "--server must be the API's absolute base URL"],
    [() => [slug, "--title", "Sample", "--server", "ftp://api.sample.dev"], "--server must be an http(s) URL"],
    [() => [slug, "--title", "Sample", "--sever", "https://api.sample.dev"], "Unknown option '--sever'"],
  ])("refuses %# with a clear message and its usage, and writes nothing", async (args, message) => {
    const { code, stderr } = await newProvider(...args());
    expect(code).toBe(1);
    expect(stderr).toContain(`new-provider: `);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await copy.run("git", ["status", "--porcelain"])).toBe("");
  });

  it("scaffolds providers with which the whole pnpm test passes at once, and shows them on the docs site", {
    timeout: wholeTestRunMs + 10 * 60_000,
  }, async () => {
    // The name and options the root README shows, which a new user tries first: no test may assume
    // that "acme" is free of a provider.
    const acme = await newProvider("acme", "--title", "Acme Cloud", "--server", "https://api.acme.example");
    expect(acme.code, acme.stderr).toBe(0);
    const { code, stdout, stderr } = await newProvider(
      slug,
      "--title",
      "E2E Sample",
      "--server",
      "https://api.sample.dev/v1",
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`new-provider: @specfirst/${slug} is ready.`);
    for (const file of [
      `specs/${slug}/openapi.yaml`,
      `specs/${slug}/paths/example.yaml`,
      `specs/${slug}/fixtures/getExample.200.json`,
      `specs/${slug}/README.md`,
      `packages/${slug}/src/index.ts`,
      `packages/${slug}/src/generated/openapi.ts`,
      `packages/${slug}/README.md`,
      `packages/${slug}/test/client.test.ts`,
    ]) {
      expect(existsSync(join(copy.dir, file)), file).toBe(true);
    }
    expect(copy.read("redocly.yaml")).toContain(`  ${slug}:\n    root: specs/${slug}/openapi.yaml\n`);
    expect(copy.read("packages/e2e-sample/src/index.ts")).toContain(
      "export function createE2eSampleClient(options: ClientOptions = {}): E2eSampleClient {",
    );

    await copy.run("pnpm", ["lint"]);
    await copy.run("pnpm", ["build"]);
    // Every test of the workspace but these e2e tests themselves (which would copy the copy).
    // Five providers' tests.
    const test = await copy.run(
      "pnpm",
      ["turbo", "run", "test", "--filter=!@specfirst/e2e"],
      undefined,
      wholeTestRunMs,
    );
    expect(test).toMatch(new RegExp(`@specfirst/spec-${slug}:test: .*Tests .*2 passed`));
    for (const name of [slug, "acme"])
      expect(test).toMatch(new RegExp(`@specfirst/${name}:test: .*Tests .*\\d+ passed`));
    // The consumers of "all providers" took the new one up: the bench's, the site's and the MCP server's tests ran.
    expect(test).toMatch(/@specfirst\/bench:test: .*Tests .*\d+ passed/);
    expect(test).toMatch(/@specfirst\/site:test: .*Tests .*\d+ passed/);
    expect(test).toMatch(/@specfirst\/mcp:test: .*Tests .*\d+ passed/);
    expect(await copy.run("pnpm", ["--silent", "check:generated"])).toContain(
      `@specfirst/${slug}: src/generated/ matches @specfirst/spec-${slug}.`,
    );
    const landing = readFileSync(join(copy.dir, "site", "dist", "index.html"), "utf8");
    expect(landing).toContain(`<a href="./${slug}/index.html">E2E Sample API</a>`);
    expect(landing).toContain(`npm install @specfirst/${slug}`);
    expect(landing).toContain(`<a href="./acme/index.html">Acme Cloud API</a>`);
  });
});
