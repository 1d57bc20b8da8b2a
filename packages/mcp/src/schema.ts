import type { OpenApiDocument, Schema } from "@specfirst/openapi-model";

export type { OpenApiDocument, Schema } from "@specfirst/openapi-model";

const COMPONENT = "#/components/schemas/";

/**
 * Keywords of OpenAPI's Schema Object that JSON Schema 2020-12 (MCP's dialect) does not define: left
 * out, so that a client validating with a strict JSON Schema validator accepts the schema. Extensions
 * (`x-…`) go too; what `x-unverified` says reaches the tool's description instead.
 */
const OPENAPI_ONLY = new Set(["discriminator", "xml", "externalDocs", "example"]);

/** `node` with every `$ref` to a component schema pointed at `$defs`, and OpenAPI-only keywords dropped. */
function rewrite(node: unknown, found: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, found));
  if (!node || typeof node !== "object") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT)) {
      const name = decodeURIComponent(value.slice(COMPONENT.length));
      found.add(name);
      copy.$ref = `#/$defs/${encodeURIComponent(name)}`;
    } else {
      copy[key] = rewrite(value, found);
    }
  }
  return copy;
}

/**
 * `schema` as a self-contained JSON Schema: the component schemas it uses (transitively, so recursion
 * is fine) copied into its `$defs`, each `$ref` pointed there, OpenAPI-only keywords dropped.
 * @throws Error when a `$ref` names a component the document does not have.
 */
export function selfContained(schema: Schema, document: OpenApiDocument): Schema {
  const found = new Set<string>();
  const root = rewrite(schema, found) as Schema;
  const defs: Record<string, unknown> = {};
  const pending = [...found];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name in defs) continue;
    const component = document.components?.schemas?.[name];
    if (!component) throw new Error(`the spec has no component schema "${name}" (a $ref points at it)`);
    const more = new Set<string>();
    defs[name] = rewrite(component, more);
    pending.push(...[...more].filter((other) => !(other in defs)));
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: { ...(root.$defs as object), ...defs } } : root;
}
