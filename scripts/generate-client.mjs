#!/usr/bin/env node
// Generates src/generated/ of the client package in the working directory from its spec's bundled
// document (the @specfirst/spec-* dependency's dist/openapi.json):
//   openapi.ts  types from openapi-typescript (paths, components, operations)
//   spec.ts     the facts the runtime needs at run time: the server URLs, and the operations whose
//               parameters or request body the runtime must serialize other than by default
//   mock.ts, request-validators.ts
//               the `/mock` entry (scripts/generate-mock.mjs)
//   validate.ts, response-validators.ts
//               the `/validate` entry (scripts/generate-validate.mjs)
// The two *-validators.ts files are Ajv's compiled code: build outputs, git-ignored and never committed
// (specs/README.md says why); --check compares the other files, which are committed.
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
import { isFormMedia, operations, requestBodyMedia, resolveRef, serverId } from "@specfirst/openapi-model";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { fail } from "./cli.mjs";
import { mockModules } from "./generate-mock.mjs";
import { validateModules } from "./generate-validate.mjs";

const { values: args } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const packageDir = process.cwd();
const outDir = join(packageDir, "src", "generated");

const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const specPackage = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).find((name) =>
  name.startsWith("@specfirst/spec-"),
);
if (!specPackage) fail("generate-client", `${manifest.name} has no @specfirst/spec-* dependency to generate from.`);

const specDir = join(createRequire(join(packageDir, "package.json")).resolve(`${specPackage}/package.json`), "..");
const bundled = join(specDir, "dist", "openapi.json");
if (!existsSync(bundled)) {
  fail(
    "generate-client",
    `${relative(packageDir, bundled)} is missing: run \`pnpm turbo run bundle --filter ${specPackage}\` first.`,
  );
}
const document = JSON.parse(readFileSync(bundled, "utf8"));

const header = [
  `// Generated from ${specPackage} (${relative(join(specDir, "..", ".."), join(specDir, "openapi.yaml"))})`,
  "// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.",
  "",
].join("\n");

function serversModule() {
  const servers = document.servers ?? [];
  if (servers.length === 0)
    fail("generate-client", `${specPackage} declares no servers; a client needs a default base URL.`);
  // Keyed by the server's short name (Polar: production, sandbox), else "default".
  const byName = Object.fromEntries(servers.map((server) => [serverId(server), server.url]));
  return [
    "/** The spec's server URLs by name (`x-speakeasy-server-id`, else `default`); the first is the default base URL. */",
    `export const servers = ${JSON.stringify(byName, null, 2)} as const;`,
  ];
}

const STYLES = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
};
const DEFAULT_STYLE = { path: "simple", query: "form" };

/** A `$ref` of the bundled document followed. */
const resolve = (node) => resolveRef(document, node);

/** The value kinds a schema allows: `value`, `array`, `object` (a `$ref`, `anyOf`/`oneOf` looked through). */
function kindsOf(schema) {
  const resolved = resolve(schema) ?? {};
  const kinds = new Set();
  for (const type of [resolved.type ?? []].flat()) {
    kinds.add(type === "array" ? "array" : type === "object" ? "object" : "value");
  }
  for (const member of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])])
    for (const kind of kindsOf(member)) kinds.add(kind);
  if (kinds.size === 0) kinds.add(resolved.properties ? "object" : "value");
  return kinds;
}

/**
 * The operation table: per operation, a serializer for each path or query parameter that is not a
 * single value in its location's default style, and a form encoder where the request body accepts a
 * form but no JSON. Everything else the runtime does by default, so most tables are empty.
 */
function operationTable() {
  const lines = [];
  const helpers = new Set();
  for (const { label, parameters, requestBody } of operations(document)) {
    const entry = [];
    for (const where of ["path", "query"]) {
      const fields = [];
      for (const parameter of parameters) {
        if (parameter.in !== where) continue;
        const style = parameter.style ?? DEFAULT_STYLE[where];
        if (!STYLES[where].includes(style))
          fail(
            "generate-client",
            `${label}: ${where} parameter "${parameter.name}" has style "${style}", which the runtime does not support.`,
          );
        const explode = parameter.explode ?? style === "form";
        const kinds = [...kindsOf(parameter.schema)].sort().join(",");
        if (kinds === "value" && style === DEFAULT_STYLE[where]) continue;
        // Arrays as repeated query fields are the runtime's default too (the types already refuse a single value).
        if ((kinds === "array" || kinds === "array,value") && where === "query" && style === "form" && explode)
          continue;
        const helper = `${where}Style`;
        helpers.add(helper);
        fields.push(
          `${JSON.stringify(parameter.name)}: ${helper}(${JSON.stringify(style)}, ${explode}, ${JSON.stringify(kinds)})`,
        );
      }
      if (fields.length > 0) entry.push(`${where}: { ${fields.join(", ")} }`);
    }
    const form = requestBodyMedia(requestBody);
    if (form && isFormMedia(form)) {
      helpers.add("formBody");
      entry.push(`body: formBody(${JSON.stringify(form)})`);
    }
    if (entry.length > 0) lines.push(`  ${JSON.stringify(label)}: { ${entry.join(", ")} },`);
  }
  return {
    helpers: [...helpers].sort(),
    lines: [
      "/**",
      " * Operations whose parameters or request body are not serialized by the runtime's defaults (a single",
      ' * value per parameter, arrays as repeated query fields, JSON bodies), by `"<METHOD> <path>"`.',
      " */",
      `export const operationTable: OperationTable = {${lines.length > 0 ? `\n${lines.join("\n")}\n` : ""}};`,
    ],
  };
}

function specModule() {
  const table = operationTable();
  const imports =
    table.helpers.length > 0
      ? `import { ${[...table.helpers, "type OperationTable"].join(", ")} } from "@specfirst/core";`
      : `import type { OperationTable } from "@specfirst/core";`;
  return [header, imports, "", ...serversModule(), "", ...table.lines, ""].join("\n");
}

/**
 * A file: a string whose content is bytes (`format: binary`, or a `contentMediaType` that is not text or
 * JSON) is typed `Blob`, as a multipart body's file part is sent (openapi-typescript types it `string`).
 */
function fileType(schema) {
  const media = schema.contentMediaType;
  const bytes = schema.format === "binary" || (typeof media === "string" && !/^text\/|json$/.test(media));
  return schema.type === "string" && bytes ? ts.factory.createTypeReferenceNode("Blob") : undefined;
}

const files = {
  // openapi-typescript changes the document it is given (it adds discriminator properties to branches).
  "openapi.ts": header + astToString(await openapiTS(structuredClone(document), { transform: fileType })),
  "spec.ts": specModule(),
  ...(await mockModules({ document, packageName: manifest.name, header })),
  ...(await validateModules({ document, packageName: manifest.name, header })),
};

/** The generated files that are compiled code rather than source: written, never committed or compared. */
const BUILD_OUTPUTS = new Set(["request-validators.ts", "response-validators.ts"]);

if (args.check) {
  const committed = Object.keys(files).filter((name) => !BUILD_OUTPUTS.has(name));
  const existing = existsSync(outDir) ? readdirSync(outDir).sort() : [];
  const stale = committed.filter(
    (name) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), "utf8") !== files[name],
  );
  const extra = existing.filter((name) => !(name in files));
  if (stale.length > 0 || extra.length > 0) {
    fail(
      "generate-client",
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
