// Compiles the JSON Schemas of every operation's parameters and request body into plain JavaScript
// validators (Ajv's standalone code, bundled with the Ajv runtime helpers and format checks it needs by
// rolldown), so that the generated module has no imports, never calls `eval`/`new Function`, and runs
// in Node, browsers under a strict CSP and Workers alike.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const AjvDraft7 = require("ajv").default;
const addFormats = require("ajv-formats");
const { fastFormats } = require("ajv-formats/dist/formats");
const standaloneCode = require("ajv/dist/standalone").default;
// The standalone code's module id: beside this script, so that its helper imports resolve from here.
const ENTRY = fileURLToPath(new URL("./request-validators.entry.js", import.meta.url));

// Formats of the specs that Ajv does not know: Polar's server-side ids are version 4 UUIDs.
const EXTRA_FORMATS = {
  uuid4: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
};

/** The JSON Schema 2020-12 keywords that Ajv's draft-07 class does not know (it would ignore them). */
const DRAFT_2020_ONLY = [
  "prefixItems",
  "dependentRequired",
  "dependentSchemas",
  "unevaluatedProperties",
  "unevaluatedItems",
  "minContains",
  "maxContains",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
];

/** Every key used anywhere in `value` (a superset of its schemas' keywords). */
function keywordsOf(value, found = new Set()) {
  if (Array.isArray(value)) for (const item of value) keywordsOf(item, found);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      found.add(key);
      keywordsOf(item, found);
    }
  return [...found];
}

/** `schema` with its document-local references (`#/components/...`) made absolute under `documentId`. */
function anchored(schema, documentId) {
  if (Array.isArray(schema)) return schema.map((item) => anchored(item, documentId));
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? [key, `${documentId}${value}`]
        : [key, anchored(value, documentId)],
    ),
  );
}

/**
 * A registry of the schemas to compile: `validatorFor(name, schema)` returns the export name of the
 * validator of `schema`, `name` unless an identical schema already has one (so each is compiled once),
 * and `validators` maps every name to its schema, for {@link validatorsModule}.
 */
export function validatorNames() {
  const validators = {};
  const named = new Map();
  const validatorFor = (name, schema) => {
    const key = JSON.stringify(schema);
    if (!named.has(key)) {
      named.set(key, name);
      validators[name] = schema;
    }
    return named.get(key);
  };
  return { validators, validatorFor };
}

/**
 * The module source exporting one validator per entry of `schemas` (export name → a JSON Schema of
 * `document`, whose `#/...` references point into `document`). Each export is `(data) => boolean`, with
 * Ajv's `errors` on failure, typed as the `Validate` of the module `typesFrom`. `formats: "fast"` checks
 * formats with ajv-formats' regular expressions only (its "fast" mode), which Ajv inlines as literals, so
 * that a bundler can drop every validator a program does not use; `dialect: "draft-07"` compiles with
 * Ajv's draft-07 class, which OpenAPI 3.1 schemas fit as long as they use none of `DRAFT_2020_ONLY`:
 * Ajv's 2020-12 class makes every compiled function track evaluated properties in a property assigned
 * at module level, which no bundler can drop. `ajv` adds Ajv options.
 */
export async function validatorsModule(
  document,
  schemas,
  { typesFrom, formats = "full", dialect = "2020-12", ajv: ajvOptions = {} },
) {
  if (Object.keys(schemas).length === 0) return "export {};\n";
  // The whole document is registered under one id, so a schema's `#/components/...` references resolve
  // inside it; only what the exported schemas reach is compiled. OpenAPI's own keywords (`example`,
  // `discriminator`, `x-*`) are not JSON Schema's: strict mode is off so that they are ignored.
  // No messages: the mocks word each problem the provider's way from its keyword and parameters.
  if (dialect === "draft-07") {
    const used = keywordsOf(document).filter((keyword) => DRAFT_2020_ONLY.includes(keyword));
    if (used.length > 0) throw new Error(`the spec uses ${used.join(", ")}, which response validation cannot compile`);
  }
  const ajv = new (dialect === "draft-07" ? AjvDraft7 : Ajv2020)({
    allErrors: true,
    messages: false,
    strict: false,
    validateSchema: false,
    code: { source: true, esm: true },
    ...ajvOptions,
  });
  if (formats === "fast") {
    for (const [name, format] of Object.entries(fastFormats)) {
      const pattern = format instanceof RegExp ? format : format.validate;
      if (pattern instanceof RegExp) ajv.addFormat(name, pattern);
    }
  } else addFormats(ajv);
  for (const [name, format] of Object.entries(EXTRA_FORMATS)) ajv.addFormat(name, format);
  const documentId = "x:openapi";
  ajv.addSchema(document, documentId);
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(anchored(schema, documentId), name);
  // Ajv's runtime helpers (`ucs2length`, `equal`) come as `require(...)` calls at module level, which a
  // bundler must keep; as imports, they go when no validator that uses them is kept.
  const source = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name]))).replace(
    /const (\w+) = require\(("[^"]+")\)\.default;/g,
    "import $1 from $2;",
  );
  const bundle = await rolldown({
    input: ENTRY,
    platform: "neutral",
    logLevel: "silent",
    plugins: [
      {
        name: "standalone-validators",
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? source : null),
      },
    ],
    resolve: { conditionNames: ["require", "default"] },
  });
  try {
    const { output } = await bundle.generate({ format: "esm", minify: true });
    // Region comments name file paths of this machine; the committed output must not depend on them.
    const code = output[0].code.replace(/^\/\/#(end)?region.*\n/gm, "").trim();
    // Each export is re-declared with its type, so that declarations never name the minified locals.
    const exported = code.match(/export\s*\{([^}]*)\};?$/);
    if (!exported) throw new Error("rolldown's output does not end in one export list");
    const declarations = exported[1].split(",").map((entry) => {
      const [local, name = local] = entry.trim().split(/\s+as\s+/);
      return `export const ${name}: Validate = ${local};`;
    });
    return [
      `import type { Validate } from "${typesFrom}";`,
      code.slice(0, exported.index).trim(),
      ...declarations,
      "",
    ].join("\n");
  } finally {
    await bundle.close();
  }
}
