// Compiles the JSON Schemas of every operation's parameters and request body into plain JavaScript
// validators (Ajv's standalone code, bundled with the Ajv runtime helpers and format checks it needs by
// rolldown), so that the generated module has no imports, never calls `eval`/`new Function`, and runs
// in Node, browsers under a strict CSP and Workers alike.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");
const standaloneCode = require("ajv/dist/standalone").default;
// The standalone code's module id: beside this script, so that its helper imports resolve from here.
const ENTRY = fileURLToPath(new URL("./request-validators.entry.js", import.meta.url));

// Formats of the specs that Ajv does not know: Polar's server-side ids are version 4 UUIDs.
const EXTRA_FORMATS = {
  uuid4: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
};

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
 * The module source exporting one validator per entry of `schemas` (export name → a JSON Schema of
 * `document`, whose `#/...` references point into `document`). Each export is `(data) => boolean`, with
 * Ajv's `errors` on failure.
 */
export async function validatorsModule(document, schemas) {
  if (Object.keys(schemas).length === 0) return "export {};\n";
  // The whole document is registered under one id, so a schema's `#/components/...` references resolve
  // inside it; only what the exported schemas reach is compiled. OpenAPI's own keywords (`example`,
  // `discriminator`, `x-*`) are not JSON Schema's: strict mode is off so that they are ignored.
  // No messages: the mocks word each problem the provider's way from its keyword and parameters.
  const ajv = new Ajv2020({
    allErrors: true,
    messages: false,
    strict: false,
    validateSchema: false,
    code: { source: true, esm: true },
  });
  addFormats(ajv);
  for (const [name, format] of Object.entries(EXTRA_FORMATS)) ajv.addFormat(name, format);
  const documentId = "x:openapi";
  ajv.addSchema(document, documentId);
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(anchored(schema, documentId), name);
  const source = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])));
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
      `import type { Validate } from "@specfirst/mock";`,
      code.slice(0, exported.index).trim(),
      ...declarations,
      "",
    ].join("\n");
  } finally {
    await bundle.close();
  }
}
