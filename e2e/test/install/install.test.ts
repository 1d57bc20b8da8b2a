import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFixture, useTestServer } from "@specfirst/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Consumer, type PackageManager, type Runtime, typeScriptTools } from "../../src/consumer.js";
import { testChangeset } from "../../src/release.js";
import {
  type ContractServer,
  contractProviders,
  expectedReport,
  expectedRequests,
  expectTimeoutsTook300ms,
  receivedRequests,
  startContractServer,
} from "../../src/runtime-contract.js";
import { registryConsumer } from "./registry-consumer.js";

/** What each provider's consumer programs (consumers/<provider>/) request, and the fixture served for it. */
const providers = [
  { provider: "polar", request: "GET /v1/users/orders/?limit=1", fixture: readFixture("polar", "listOrders.200") },
  { provider: "novaproxy", request: "GET /orders", fixture: readFixture("novaproxy", "listOrders.200") },
  { provider: "vpsbg", request: "GET /orders/7756", fixture: readFixture("vpsbg", "getOrder.200") },
];

const runtimes: { name: string; runtime: Runtime }[] = inject("nodes").map(({ name, binDir, version }) => ({
  name,
  runtime: { binDir, version },
}));

const packageManagers: { packageManager: PackageManager; command: string }[] = [
  { packageManager: "npm", command: "npm install" },
  { packageManager: "pnpm", command: "pnpm add" },
];

const token = "e2e-token";
const server = useTestServer((request) => {
  const served = providers.find(({ request: expected }) => expected === `${request.method} ${request.url}`);
  return served
    ? { status: 200, body: served.fixture }
    : { status: 404, body: { error: `no fixture for ${request.method} ${request.url}` } };
});

// The runtime contract's server (src/runtime-contract.ts): each contract program gets a run of its own.
let contractServer: ContractServer;
beforeAll(async () => {
  contractServer = await startContractServer();
});
afterAll(() => contractServer?.close());

const published = inject("published");
let projects = 0;

function consumerProgramsOf(provider: string): string {
  return fileURLToPath(new URL(`../../consumers/${provider}`, import.meta.url));
}

function newConsumer(packageManager: PackageManager, runtime: Runtime, provider: string): Consumer {
  return registryConsumer(`${++projects}-${packageManager}-${provider}`, {
    packageManager,
    runtime,
    programs: consumerProgramsOf(provider),
  });
}

/** Version of `name` as the consumer's `require` resolves it, from the project or (`from`) from a package in it. */
function installedVersion(consumer: Consumer, name: string, from = join(consumer.dir, "package.json")): string {
  return JSON.parse(readFileSync(createRequire(realpathSync(from)).resolve(`${name}/package.json`), "utf8")).version;
}

const bumps = ["patch", "minor", "major"] as const;
type Bump = (typeof bumps)[number];

/**
 * The bump of each package named by a changeset the release applies: those pending in the checkout's
 * .changeset/ (copied with the working tree) and the test's patch of the runtime; the highest wins.
 */
function releaseBumps(): Record<string, Bump> {
  const dir = new URL("../../../.changeset/", import.meta.url);
  const pending = readdirSync(dir)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .map((file) => readFileSync(new URL(file, dir), "utf8"));
  const result: Record<string, Bump> = {};
  for (const changeset of [testChangeset, ...pending]) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(changeset)?.[1] ?? "";
    for (const [, name = "", bump] of frontMatter.matchAll(/^["']?([^"':]+)["']?:\s*(patch|minor|major)\s*$/gm)) {
      const current = result[name];
      if (current === undefined || bumps.indexOf(bump as Bump) > bumps.indexOf(current)) result[name] = bump as Bump;
    }
  }
  return result;
}

/** `0.1.0` → `0.1.1` (patch), `0.2.0` (minor), `1.0.0` (major). */
function bumped(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (bump === "major") return `${major + 1}.0.0`;
  return bump === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

function versionInCheckout(folder: string): string {
  return JSON.parse(readFileSync(new URL(`../../../${folder}/package.json`, import.meta.url), "utf8")).version;
}

describe("the release (changeset version, then changeset publish)", () => {
  const registryUrl = inject("registryUrl");
  const packument = (name: string) => fetch(new URL(name.replace("/", "%2f"), registryUrl));

  it("releases the runtime (the pending changesets and the test's patch), bumps every client that depends on it, and publishes those, the mocks and the MCP server", async () => {
    // The test changeset names only @specfirst/core; updateInternalDependencies bumps the clients (a
    // patch at least), and changesets pending in the checkout are released with it. @specfirst/mock
    // does not depend on the runtime: it is released at its own version, bumped only by a changeset.
    const clients = ["novaproxy", "polar", "vpsbg"];
    const bumpOf = releaseBumps();
    const mockVersion = versionInCheckout("packages/mock");
    const mcpVersion = versionInCheckout("packages/mcp");
    expect(published).toEqual({
      ...Object.fromEntries(
        ["core", ...clients].map((name) => [
          `@specfirst/${name}`,
          bumped(versionInCheckout(`packages/${name}`), bumpOf[`@specfirst/${name}`] ?? "patch"),
        ]),
      ),
      "@specfirst/mock": bumpOf["@specfirst/mock"] ? bumped(mockVersion, bumpOf["@specfirst/mock"]) : mockVersion,
      "@specfirst/mcp": bumpOf["@specfirst/mcp"] ? bumped(mcpVersion, bumpOf["@specfirst/mcp"]) : mcpVersion,
    });
    for (const [name, version] of Object.entries(published)) {
      const response = await packument(name);
      expect(response.status, `${name} is not on the registry`).toBe(200);
      const body = (await response.json()) as {
        "dist-tags": Record<string, string>;
        versions: Record<string, { dependencies?: Record<string, string> }>;
      };
      expect(body["dist-tags"].latest).toBe(version);
      if (clients.some((client) => name === `@specfirst/${client}`)) {
        expect(body.versions[version]?.dependencies).toEqual({ "@specfirst/core": `^${published["@specfirst/core"]}` });
      }
    }
  });

  it("publishes no private package (specs, testkit, e2e)", async () => {
    for (const folder of ["specs/polar", "specs/novaproxy", "specs/vpsbg", "packages/testkit", "e2e"]) {
      const manifest = JSON.parse(readFileSync(new URL(`../../../${folder}/package.json`, import.meta.url), "utf8"));
      expect(manifest.private, folder).toBe(true);
      expect((await packument(manifest.name)).status, `${manifest.name} was published`).toBe(404);
    }
  });
});

for (const { name: runtimeName, runtime } of runtimes) {
  for (const { packageManager, command } of packageManagers) {
    for (const { provider, request, fixture } of providers) {
      const name = `@specfirst/${provider}`;
      describe(`${name}, installed by ${command} on ${runtimeName}`, () => {
        let consumer: Consumer;

        beforeAll(async () => {
          consumer = newConsumer(packageManager, runtime, provider);
          await consumer.install([name]);
          await consumer.install(typeScriptTools, { dev: true });
        });

        it(`${command} ${name} installs the released version and its runtime`, () => {
          expect(installedVersion(consumer, name)).toBe(published[name]);
          // changeset version wrote the release's entry into the published changelog.
          const changelog = readFileSync(join(consumer.dir, "node_modules", name, "CHANGELOG.md"), "utf8");
          expect(changelog).toContain(`## ${published[name]}`);
          // The runtime as the client resolves it (npm hoists it; pnpm links it beside the client).
          const client = join(consumer.dir, "node_modules", name, "package.json");
          expect(installedVersion(consumer, "@specfirst/core", client)).toBe(published["@specfirst/core"]);
          // The mocks are optional peers: not installed, so the calls below prove the client needs none of them.
          for (const peer of ["@specfirst/mock", "msw"]) {
            expect(existsSync(join(consumer.dir, "node_modules", peer)), peer).toBe(false);
          }
        });

        for (const script of ["call.mjs", "call.cjs"] as const) {
          const how = script === "call.mjs" ? "ESM import" : "CommonJS require()";
          it(`${how} creates a client whose real call returns the data, validated by /validate, and loads openapi.json`, async () => {
            const result = await consumer.runScript(script, { BASE_URL: server.url, API_TOKEN: token });
            expect(result).toEqual({
              node: runtime.version,
              openapi: expect.stringMatching(/^3\.1\.\d+$/),
              status: 200,
              data: fixture,
              drifts: [],
              rejectsEmpty: true,
            });
            expect(server.requests.map(({ method, url }) => `${method} ${url}`)).toEqual([request]);
            expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
          });
        }

        for (const script of ["contract.mjs", "contract.cjs"] as const) {
          const how = script === "contract.mjs" ? "ESM import" : "CommonJS require()";
          it(`${how}: list, get, a retried 503, two timeouts, an abort and a POST/PATCH not retried keep the runtime contract; the other build's ApiError passes instanceof`, async () => {
            const contract = contractProviders[provider];
            if (!contract) throw new Error(`no runtime contract for ${provider}`);
            const run = contractServer.newRun(contract);
            const report = await consumer.runScript(script, { CONTRACT: JSON.stringify(run.config("node", token)) });
            expect(report).toEqual({ node: runtime.version, ...expectedReport(contract, "node") });
            expectTimeoutsTook300ms(report);
            expect(receivedRequests(run)).toEqual(expectedRequests(contract, "node"));
            for (const { headers } of run.requests) {
              expect(headers.authorization).toBe(`Bearer ${token}`);
              expect(headers["user-agent"]).toBe(`specfirst-${provider}/${published[name]}`);
            }
          });
        }

        it("typechecks strictly under moduleResolution NodeNext (ESM and CommonJS)", async () => {
          await consumer.typecheck("tsconfig.nodenext.json");
        });

        it("typechecks strictly under moduleResolution Bundler", async () => {
          await consumer.typecheck("tsconfig.bundler.json");
        });
      });
    }
  }
}

describe("a build whose CommonJS createPolarClient is not a function", () => {
  let consumer: Consumer;

  beforeAll(async () => {
    consumer = newConsumer("npm", runtimes[0]?.runtime as Runtime, "polar");
    await consumer.install([`@specfirst/polar@${inject("brokenCjsTag")}`]);
  });

  it("fails the require() check", async () => {
    expect(installedVersion(consumer, "@specfirst/polar")).toBe(inject("brokenCjsVersion"));
    await expect(consumer.runScript("call.cjs", { BASE_URL: server.url, API_TOKEN: token })).rejects.toThrow(
      /createPolarClient is not a function/,
    );
  });
});
