import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { typeScriptBlocks } from "@specfirst/testkit";
import { beforeAll, describe, expect, it } from "vitest";
import { type Consumer, strictCompilerOptions, typeScriptTools } from "../../src/consumer.js";
import { ecosystemPackages, usesEcosystem } from "../../src/ecosystem.js";
import { registryConsumer } from "./registry-consumer.js";

/**
 * The oldest TypeScript the published packages type-check with, `skipLibCheck: false`. Older ones fail
 * in openapi-fetch's and openapi-typescript-helpers' own declarations (and in ours, which use them):
 * TS2344 "Type 'ResponseObjectMap<…>' does not satisfy the constraint 'Record<string | number, any>'",
 * from 5.0.4 to 5.3.3.
 */
const minimumTypeScript = "5.4.5";

const packages = ["core", "polar", "novaproxy", "vpsbg"];
const mockTools = ["@specfirst/mock", "msw@2.15.0", "vitest@4.1.12"];
/** The oldest TypeScript MSW's declarations type-check with (5.4.5 fails in its type-fest dependency). */
const mocksMinimumTypeScript = "5.5.4";

/**
 * What a README's later blocks take from its first one (the client) or from the reader (an id), declared
 * as globals for every block; a block that declares the name itself shadows it.
 */
const readmeContext: Record<string, string> = {
  polar: `import type { PolarClient } from "@specfirst/polar";
declare global {
  const polar: PolarClient;
  const id: string;
}
`,
  novaproxy: `import type { NovaProxyClient } from "@specfirst/novaproxy";
declare global {
  const novaproxy: NovaProxyClient;
  const uuid: string;
}
`,
  vpsbg: `import type { VpsbgClient } from "@specfirst/vpsbg";
declare global {
  const vpsbg: VpsbgClient;
}
`,
};

function usageOf(provider: string): string {
  return fileURLToPath(new URL(`../../consumers/${provider}/usage.ts`, import.meta.url));
}

// Every block is a module of its own (they use top-level await, and several declare the same names).
// The "Testing your code" blocks use MSW, whose declarations need the DOM library (as MSW documents).
const readmeOptions = { ...strictCompilerOptions, moduleDetection: "force", lib: ["es2022", "dom", "dom.iterable"] };
const nodeNext = { module: "nodenext", moduleResolution: "nodenext" };

describe("TypeScript: the README examples as published, and the oldest TypeScript the packages type-check with", () => {
  let consumer: Consumer;
  /** package → its README's TypeScript blocks, read from the installed package. */
  const blocks: Record<string, string[]> = {};
  const files = { nodeNext: [] as string[], bundler: [] as string[], mocks: [] as string[], ecosystem: [] as string[] };

  beforeAll(async () => {
    consumer = registryConsumer("types-npm");
    // core too: its README imports it, and a user of createApiClient installs it directly.
    // The ecosystem too: the "With TanStack Query" and "With SWR" examples use it.
    await consumer.install([...packages.map((name) => `@specfirst/${name}`), ...ecosystemPackages]);
    // The clients' "Testing your code" examples are Vitest tests on MSW and @specfirst/mock.
    await consumer.install(
      [
        ...typeScriptTools,
        `typescript-minimum@npm:typescript@${minimumTypeScript}`,
        `typescript-mocks-minimum@npm:typescript@${mocksMinimumTypeScript}`,
        ...mockTools,
      ],
      { dev: true },
    );

    for (const name of packages) {
      const examples = typeScriptBlocks(join(consumer.dir, "node_modules", "@specfirst", name, "README.md"));
      blocks[name] = examples;
      examples.forEach((block, index) => {
        // .mts for NodeNext (ESM, so top-level await is allowed); .ts for Bundler.
        for (const [extension, list] of [
          ["mts", files.nodeNext],
          ["ts", files.bundler],
        ] as const) {
          const file = `readme/${name}-${index + 1}.${extension}`;
          consumer.write(file, block);
          list.push(file);
        }
        if (block.includes('from "msw')) files.mocks.push(`readme/${name}-${index + 1}.mts`);
        if (usesEcosystem(block)) files.ecosystem.push(`readme/${name}-${index + 1}.mts`);
      });
      const context = readmeContext[name];
      if (context) {
        for (const [file, list] of [
          [`readme/${name}-context.d.mts`, files.nodeNext],
          [`readme/${name}-context.d.ts`, files.bundler],
        ] as const) {
          consumer.write(file, context);
          list.push(file);
        }
      }
    }
    const usage = packages
      .filter((name) => name !== "core")
      .flatMap((name) =>
        ["mts", "cts"].map((extension) => {
          const file = `usage/${name}.${extension}`;
          consumer.write(file, readFileSync(usageOf(name), "utf8"));
          return file;
        }),
      );

    const tsconfig = (name: string, compilerOptions: object, included: string[]) =>
      consumer.write(name, `${JSON.stringify({ compilerOptions, files: included }, null, 2)}\n`);
    tsconfig("tsconfig.readme.nodenext.json", { ...readmeOptions, ...nodeNext }, files.nodeNext);
    tsconfig(
      "tsconfig.readme.bundler.json",
      { ...readmeOptions, module: "esnext", moduleResolution: "bundler" },
      files.bundler,
    );
    // The oldest TypeScript: the README examples and every consumer's usage.ts, as ESM and as CommonJS;
    // the examples on MSW, with the oldest TypeScript MSW's own declarations allow. The ecosystem's
    // examples are left out: openapi-react-query and swr-openapi set their own minimum TypeScript.
    const onMsw = new Set(files.mocks);
    const onEcosystem = new Set(files.ecosystem);
    tsconfig("tsconfig.minimum.json", { ...readmeOptions, ...nodeNext }, [
      ...files.nodeNext.filter((file) => !onMsw.has(file) && !onEcosystem.has(file)),
      ...usage,
    ]);
    tsconfig("tsconfig.mocks-minimum.json", { ...readmeOptions, ...nodeNext }, files.mocks);
  });

  it("every package's published README has TypeScript examples, and the installed TypeScript is the one asked for", () => {
    for (const name of packages) expect(blocks[name]?.length, `${name}/README.md`).toBeGreaterThan(0);
    const installed = (folder: string) =>
      JSON.parse(readFileSync(join(consumer.dir, "node_modules", folder, "package.json"), "utf8")).version;
    expect(installed("typescript-minimum")).toBe(minimumTypeScript);
    expect(installed("typescript-mocks-minimum")).toBe(mocksMinimumTypeScript);
    // Every client's README tests with its mocks.
    expect(files.mocks).toHaveLength(packages.length - 1);
  });

  it("the README examples type-check strictly (exactOptionalPropertyTypes, no skipLibCheck) under module/moduleResolution NodeNext", async () => {
    await consumer.typecheck("tsconfig.readme.nodenext.json");
  });

  it("the README examples type-check strictly (exactOptionalPropertyTypes, no skipLibCheck) under module ESNext, moduleResolution Bundler", async () => {
    await consumer.typecheck("tsconfig.readme.bundler.json");
  });

  it(`the packages type-check with TypeScript ${minimumTypeScript}, the oldest that does (NodeNext, ESM and CommonJS)`, async () => {
    await consumer.typecheck("tsconfig.minimum.json", "typescript-minimum");
  });

  it(`the "Testing your code" examples type-check with TypeScript ${mocksMinimumTypeScript}, the oldest MSW's declarations allow`, async () => {
    await consumer.typecheck("tsconfig.mocks-minimum.json", "typescript-mocks-minimum");
  });
});
