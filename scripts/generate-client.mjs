#!/usr/bin/env node
// Generates src/generated/ of the client package in the working directory from its spec's bundled
// document (the @specfirst/spec-* dependency's dist/openapi.json):
//   openapi.ts  types from openapi-typescript (paths, components, operations)
//   spec.ts     the facts the runtime needs at run time: the server URLs
// and, outside src/ and git-ignored, the package's copy of the bundled document (openapi.json), which it
// publishes as `@specfirst/<p>/openapi.json`. It sits at the package root so that resolvers without
// `exports` support (TypeScript's node10) find that subpath too.
// Usage: generate-client.mjs          write src/generated/ (all files replaced at once, or none)
//        generate-client.mjs --check  fail when src/generated/ differs from what the spec produces
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const { values: args } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const packageDir = process.cwd();
const outDir = join(packageDir, "src", "generated");

function fail(message) {
  console.error(`generate-client: ${message}`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const specPackage = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).find((name) =>
  name.startsWith("@specfirst/spec-"),
);
if (!specPackage) fail(`${manifest.name} has no @specfirst/spec-* dependency to generate from.`);

const specDir = join(createRequire(join(packageDir, "package.json")).resolve(`${specPackage}/package.json`), "..");
const bundled = join(specDir, "dist", "openapi.json");
if (!existsSync(bundled)) {
  fail(`${relative(packageDir, bundled)} is missing: run \`pnpm turbo run bundle --filter ${specPackage}\` first.`);
}
const document = JSON.parse(readFileSync(bundled, "utf8"));

const header = [
  `// Generated from ${specPackage} (${relative(join(specDir, "..", ".."), join(specDir, "openapi.yaml"))})`,
  "// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.",
  "",
].join("\n");

function serversModule() {
  const servers = document.servers ?? [];
  if (servers.length === 0) fail(`${specPackage} declares no servers; a client needs a default base URL.`);
  // Keyed by the server's short name (Polar: production, sandbox), else "default".
  const byName = Object.fromEntries(
    servers.map((server) => [server["x-speakeasy-server-id"] ?? "default", server.url]),
  );
  return [
    header,
    "/** The spec's server URLs by name (`x-speakeasy-server-id`, else `default`); the first is the default base URL. */",
    `export const servers = ${JSON.stringify(byName, null, 2)} as const;`,
    "",
  ].join("\n");
}

const files = {
  "openapi.ts": header + astToString(await openapiTS(document)),
  "spec.ts": serversModule(),
};

if (args.check) {
  const existing = existsSync(outDir) ? readdirSync(outDir).sort() : [];
  const stale = Object.keys(files).filter(
    (name) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), "utf8") !== files[name],
  );
  const extra = existing.filter((name) => !(name in files));
  if (stale.length > 0 || extra.length > 0) {
    fail(
      `${manifest.name}: src/generated/ is stale (${[...stale, ...extra].join(", ")} differ from ${specPackage}). ` +
        "Run `pnpm generate` and commit the result.",
    );
  }
  console.log(`${manifest.name}: src/generated/ matches ${specPackage}.`);
} else {
  // Write into a sibling temporary folder, then swap it in, so a failure never leaves half the files new.
  const staging = mkdtempSync(join(packageDir, "src", ".generated-"));
  try {
    for (const [name, contents] of Object.entries(files)) writeFileSync(join(staging, name), contents);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  // The shipped copy of the spec: written beside, then renamed over, so it is never half-written either.
  const shipped = join(packageDir, "openapi.json");
  copyFileSync(bundled, `${shipped}.tmp`);
  renameSync(`${shipped}.tmp`, shipped);
  console.log(`${manifest.name}: generated ${Object.keys(files).join(", ")} and openapi.json from ${specPackage}.`);
}
