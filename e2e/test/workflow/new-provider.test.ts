import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceCopy, type WorkspaceCopy } from "../../src/workspace.js";

let copy: WorkspaceCopy;

beforeAll(async () => {
  copy = await createWorkspaceCopy();
});
afterAll(() => copy.remove());

const newProvider = (...args: string[]) => copy.exec("pnpm", ["--silent", "new-provider", ...args]);

describe("pnpm new-provider", () => {
  it.each([
    [["polar", "--title", "Polar", "--server", "https://api.polar.sh"], "specs/polar already exists"],
    [["Acme_Cloud", "--title", "Acme", "--server", "https://api.acme.dev"], '"Acme_Cloud" is not a valid slug'],
    [["core", "--title", "Core", "--server", "https://api.core.dev"], '"core" is the name of a workspace package'],
    [["acme", "--server", "https://api.acme.dev"], "--title is required"],
    [["acme", "--title", "Acme", "--server", "api.acme.dev"], "--server must be the API's absolute base URL"],
    [["acme", "--title", "Acme", "--server", "ftp://api.acme.dev"], "--server must be an http(s) URL"],
  ])("refuses %j with a clear message and writes nothing", async (args, message) => {
    const { code, stderr } = await newProvider(...args);
    expect(code).toBe(1);
    expect(stderr).toContain(`new-provider: ${message}`);
    expect(await copy.run("git", ["status", "--porcelain"])).toBe("");
  });

  it("scaffolds a provider that passes lint, build and test at once, and shows it on the docs site", async () => {
    const { code, stdout, stderr } = await newProvider(
      "acme-cloud",
      "--title",
      "Acme Cloud",
      "--server",
      "https://api.acme.dev/v1",
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("new-provider: @specfirst/acme-cloud is ready.");
    for (const file of [
      "specs/acme-cloud/openapi.yaml",
      "specs/acme-cloud/paths/example.yaml",
      "specs/acme-cloud/fixtures/getExample.200.json",
      "specs/acme-cloud/README.md",
      "packages/acme-cloud/src/index.ts",
      "packages/acme-cloud/src/generated/openapi.ts",
      "packages/acme-cloud/README.md",
      "packages/acme-cloud/test/client.test.ts",
    ]) {
      expect(existsSync(join(copy.dir, file)), file).toBe(true);
    }
    expect(copy.read("redocly.yaml")).toContain("  acme-cloud:\n    root: specs/acme-cloud/openapi.yaml\n");
    expect(copy.read("packages/acme-cloud/src/index.ts")).toContain(
      "export function createAcmeCloudClient(options: ClientOptions = {}): AcmeCloudClient {",
    );

    await copy.run("pnpm", ["lint"]);
    await copy.run("pnpm", ["build"]);
    const test = await copy.run("pnpm", [
      "turbo",
      "run",
      "test",
      "--filter=@specfirst/acme-cloud",
      "--filter=@specfirst/spec-acme-cloud",
    ]);
    // Both packages' own tests ran (and passed: run() rejects on a failure).
    expect(test).toMatch(/@specfirst\/spec-acme-cloud:test: .*Tests .*2 passed/);
    expect(test).toMatch(/@specfirst\/acme-cloud:test: .*Tests .*5 passed/);
    expect(await copy.run("pnpm", ["--silent", "check:generated"])).toContain(
      "@specfirst/acme-cloud: src/generated/ matches @specfirst/spec-acme-cloud.",
    );
    const landing = readFileSync(join(copy.dir, "site", "dist", "index.html"), "utf8");
    expect(landing).toContain('<a href="./acme-cloud/index.html">Acme Cloud API</a>');
    expect(landing).toContain("npm install @specfirst/acme-cloud");
  });
});
