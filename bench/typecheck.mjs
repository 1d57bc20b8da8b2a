// Type-check cost: `tsc --noEmit --extendedDiagnostics` of a consumer file per contender that makes one
// call per operation. Ours are written from each bundled spec with the same calls the API reference
// shows (scripts/code-samples.mjs); the @polar-sh/sdk ones are bench/consumers/*.ts, the same seven
// Polar operations through the SDK. Every file is checked alone, with the options of a typical app
// (strict, bundler resolution, skipLibCheck), in runs that interleave the contenders. A consumer that
// does not type-check stops the suite with tsc's errors: the figures would mean nothing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { operations, providerName } from "@specfirst/openapi-model";
import { callSample, clientVariable } from "../scripts/code-samples.mjs";
import { clientFactory, workspaceProviders } from "../scripts/providers.mjs";
import { scratchFolder } from "./scratch.mjs";
import { stats } from "./stats.mjs";

const root = join(import.meta.dirname, "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const compilerOptions = {
  strict: true,
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  module: "ESNext",
  moduleResolution: "Bundler",
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * A consumer file for the provider's spec: an exported function per operation, named by its operationId,
 * calling the client that `header` (the lines before the calls) creates in `clientVariable(slug)`.
 */
function consumerOf({ slug, specDir, client }, header) {
  const document = JSON.parse(readFileSync(join(root, specDir, "dist", "openapi.json"), "utf8"));
  const provider = { slug, client: client.manifest.name, factory: clientFactory(client) };
  const calls = operations(document).map(
    (operation) => `export const ${operation.operationId} = () =>\n  ${callSample(document, provider, operation)};`,
  );
  return [...header(provider), "", ...calls, ""].join("\n");
}

/** Ours: the client package's factory, as its README shows. */
const ourHeader = ({ slug, client, factory }) => [
  `import { ${factory} } from "${client}";`,
  "",
  `const ${clientVariable(slug)} = ${factory}({ token: "t" });`,
];

/** Bare openapi-fetch typed by the same generated `paths`, to tell its type cost from our wrapper's. */
const bareHeader = ({ slug, client }) => [
  'import createClient from "openapi-fetch";',
  `import type { paths } from "${client}";`,
  "",
  `const ${clientVariable(slug)} = createClient<paths>({ baseUrl: "https://example.invalid" });`,
];

function consumers() {
  const providers = workspaceProviders(root).filter(({ client }) => client);
  // Each of our consumers is compared with bare openapi-fetch on its own paths: same calls, only our wrapper differs.
  const bareName = (provider) => `openapi-fetch 0.17.0 (bare), ${provider.title} paths`;
  const withTitles = providers.map((provider) => ({
    ...provider,
    title: providerName(JSON.parse(readFileSync(join(root, provider.specDir, "dist", "openapi.json"), "utf8"))),
  }));
  const ours = withTitles.map((provider) => ({
    name: provider.client.manifest.name,
    source: consumerOf(provider, ourHeader),
    bare: bareName(provider),
  }));
  const bares = withTitles.map((provider) => ({ name: bareName(provider), source: consumerOf(provider, bareHeader) }));
  const sdk = [
    ["@polar-sh/sdk 0.49.0 full client", "polar-sdk-0.49.ts"],
    ["@polar-sh/sdk 1.0.1 full client", "polar-sdk-1.0.1.ts"],
  ].map(([name, file]) => ({ name, source: readFileSync(join(import.meta.dirname, "consumers", file), "utf8") }));
  return [{ name: "baseline (no client)", source: "export {};\n" }, ...ours, ...bares, ...sdk];
}

/** tsc's figures for the project in `dir`; throws with tsc's output when the consumer has errors. */
function check(dir, name) {
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
  } catch (error) {
    throw new Error(`bench: the ${name} consumer does not type-check:\n${error.stdout}`);
  }
  const figure = (label) => Number.parseFloat(output.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"))?.[1]);
  return {
    checkSeconds: figure("Check time"),
    totalSeconds: figure("Total time"),
    instantiations: figure("Instantiations"),
    memoryBytes: figure("Memory used") * 1024,
  };
}

/**
 * Per consumer: check time, total time, instantiations and memory (min/median/max over `runs`), total
 * time as a multiple of @polar-sh/sdk 0.49.0's from the same run, and for each of our clients its
 * instantiations as a multiple of bare openapi-fetch's with the same paths (`instantiationsVsBare`).
 * Total time is what a user waits for: the SDK's plain types check fast, but it has many more
 * declaration files to parse and bind.
 */
export async function measureTypecheck({ runs = 3 } = {}) {
  const scratch = scratchFolder("bench-typecheck");
  const work = scratch.path;
  // The consumers resolve their imports from the bench's node_modules, as if they lived beside it.
  symlinkSync(join(import.meta.dirname, "node_modules"), join(work, "node_modules"), "dir");
  try {
    const projects = consumers().map((consumer, index) => {
      const dir = join(work, String(index));
      mkdirSync(dir);
      writeFileSync(join(dir, "consumer.ts"), consumer.source);
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
      return { ...consumer, dir, samples: [] };
    });
    const peer = projects.find(({ name }) => name.startsWith("@polar-sh/sdk 0.49.0"));
    for (let run = 0; run < runs; run++) {
      for (const project of projects) project.samples.push(check(project.dir, project.name));
    }
    const figure = (project, key) => stats(project.samples.map((sample) => sample[key]));
    return projects.map((project) => ({
      name: project.name,
      checkSeconds: figure(project, "checkSeconds"),
      totalSeconds: figure(project, "totalSeconds"),
      instantiations: figure(project, "instantiations"),
      memoryBytes: figure(project, "memoryBytes"),
      totalVsPeer: stats(project.samples.map((sample, run) => sample.totalSeconds / peer.samples[run].totalSeconds)),
      // Instantiations are deterministic: one division of the medians is the ratio.
      ...(project.bare && {
        instantiationsVsBare:
          figure(project, "instantiations").median /
          figure(
            projects.find(({ name }) => name === project.bare),
            "instantiations",
          ).median,
      }),
    }));
  } finally {
    scratch.remove();
  }
}
