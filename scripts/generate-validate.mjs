// The generated modules of a client's `/validate` entry, from its bundled document:
//   validate.ts             one `OperationValidators` export per operation (its documented statuses and
//                           the validator of each one's JSON body), and `validators`, all of them
//   response-validators.ts  a validator per distinct response schema, compiled by Ajv (see
//                           request-validators.mjs), from the schemas as `responseSchemas` reads them
import { isJsonMedia, operations, providerName, resolveRef } from "@specfirst/openapi-model";
import { validatorNames, validatorsModule } from "./request-validators.mjs";

// Keywords that validate nothing; Ajv would keep the schema objects that hold them in the compiled code.
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "xml",
]);

/**
 * `{ document, schema }`: the document as response validation reads it, and the function that reads one
 * more (inline) schema the same way. In plain JSON Schema 2020-12, without annotations:
 * - An object schema with `properties` and no `additionalProperties` gets `additionalProperties: false`,
 *   so a property the spec does not describe is reported (as information: APIs add fields). Not where
 *   the schema is an `allOf` member, whose siblings' properties it cannot see. (`unevaluatedProperties`
 *   would see them, but Ajv then tracks evaluated properties at run time and its compiled functions
 *   get properties assigned at module level, which bundlers cannot tree-shake.)
 * - An `allOf` of plain object schemas becomes the one object schema it means (see `mergedAllOf`).
 * - A `oneOf` with an OpenAPI `discriminator` becomes one `if`/`then` per mapped value and an `enum` of
 *   the values, so a body is checked against the branch its discriminator names (and only that one's
 *   problems are reported), and a new discriminator value is an `enum` drift. Ajv's own `discriminator`
 *   support needs each branch to list the property, which a nested discriminated union (Polar's
 *   ProductPrice) does not.
 */
export function responseSchemas(document) {
  const allOfMembers = new Set();
  const collect = (node) => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === "object") {
      for (const member of node.allOf ?? []) if (typeof member?.$ref === "string") allOfMembers.add(member.$ref);
      Object.values(node).forEach(collect);
    }
  };
  collect(document);

  const local = ($ref) => resolveRef(document, { $ref });
  const schema = (node, inAllOf = false) => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
    const merged = mergedAllOf(node, local);
    if (merged) return schema(merged, inAllOf);
    const out = Object.fromEntries(
      Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key) && !key.startsWith("x-")),
    );
    for (const key of ["properties", "patternProperties", "$defs", "dependentSchemas"]) {
      if (node[key])
        out[key] = Object.fromEntries(Object.entries(node[key]).map(([name, value]) => [name, schema(value)]));
    }
    for (const key of ["items", "not", "if", "then", "else", "contains", "additionalProperties", "propertyNames"]) {
      if (node[key] !== undefined) out[key] = schema(node[key]);
    }
    for (const key of ["anyOf", "oneOf", "prefixItems"])
      if (node[key]) out[key] = node[key].map((item) => schema(item));
    if (node.allOf) out.allOf = node.allOf.map((item) => schema(item, true));
    if (
      node.properties &&
      !inAllOf &&
      node.additionalProperties === undefined &&
      node.unevaluatedProperties === undefined
    )
      out.additionalProperties = false;
    const { discriminator } = node;
    if (discriminator?.propertyName && node.oneOf?.every((branch) => typeof branch.$ref === "string")) {
      const name = discriminator.propertyName;
      const mapping =
        discriminator.mapping ??
        Object.fromEntries(node.oneOf.map((branch) => [branch.$ref.split("/").pop(), branch.$ref]));
      delete out.oneOf;
      delete out.discriminator;
      out.required = [...new Set([...(node.required ?? []), name])];
      out.properties = { ...out.properties, [name]: { enum: Object.keys(mapping) } };
      out.allOf = [
        ...(out.allOf ?? []),
        ...Object.entries(mapping).map(([value, $ref]) => ({
          if: { required: [name], properties: { [name]: { const: value } } },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword.
          then: { $ref },
        })),
      ];
    }
    return out;
  };

  const schemas = document.components?.schemas ?? {};
  const components = Object.fromEntries(
    Object.entries(schemas).map(([name, value]) => [
      name,
      schema(value, allOfMembers.has(`#/components/schemas/${name}`)),
    ]),
  );
  return { document: { ...document, components: { ...document.components, schemas: components } }, schema };
}

const PLAIN_OBJECT_KEYS = new Set(["type", "properties", "required", ...ANNOTATIONS]);

/**
 * An `allOf` of plain object schemas (`properties` and `required` only, through local `$ref`s, no
 * property declared twice) as the one object schema it means, so that its properties can be closed with
 * `additionalProperties: false` (VPSBG's Order is OrderListItem and its own fields); otherwise undefined.
 */
function mergedAllOf(node, local) {
  if (!Array.isArray(node.allOf) || Object.keys(node).some((key) => key !== "allOf" && !PLAIN_OBJECT_KEYS.has(key)))
    return undefined;
  const members = node.allOf.map((member) => (typeof member.$ref === "string" ? local(member.$ref) : member));
  const plain = (member) =>
    member &&
    Object.keys(member).every((key) => PLAIN_OBJECT_KEYS.has(key)) &&
    [member.type ?? "object"].flat().join() === "object";
  if (!members.every(plain)) return undefined;
  const properties = {};
  for (const member of [node, ...members])
    for (const [name, value] of Object.entries(member.properties ?? {})) {
      if (name in properties) return undefined;
      properties[name] = value;
    }
  const required = [...new Set([node, ...members].flatMap((member) => member.required ?? []))];
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

/** `{ "validate.ts", "response-validators.ts" }` for `document`, whose client package is `packageName`. */
export async function validateModules({ document, packageName, header }) {
  const { document: validated, schema: transform } = responseSchemas(document);
  const { validators, validatorFor } = validatorNames();
  const entries = operations(document).map((operation) => ({
    id: operation.operationId,
    operation: operation.label,
    responses: Object.entries(operation.responses).map(([status, response]) => {
      const content = response.content ?? {};
      const media = Object.keys(content).find(isJsonMedia);
      const schema = media && content[media].schema;
      // A component's validator is named after it; an inline schema after the operation and status.
      const component = schema?.$ref?.match(/^#\/components\/schemas\/(\w+)$/)?.[1];
      return [
        status,
        schema ? validatorFor(component ?? `${operation.operationId}${status}`, transform(schema)) : null,
      ];
    }),
  }));
  const provider = providerName(document);
  const exports = entries.map(({ id, operation, responses }) => {
    const table = responses.map(([status, name]) => `${JSON.stringify(status)}: ${name ? `schemas.${name}` : "null"}`);
    const checked = responses.filter(([, name]) => name).map(([status]) => status);
    return `/** \`${operation}\`: validates the ${checked.length > 0 ? `${checked.join(", ")} bod${checked.length > 1 ? "ies" : "y"}` : "status only (no JSON body is documented)"}; any other status is a drift. */
export const ${id}: OperationValidators = {
  operationId: ${JSON.stringify(id)},
  operation: ${JSON.stringify(operation)},
  responses: { ${table.join(", ")} },
};`;
  });
  const ids = entries.map((entry) => entry.id);
  const validate = `${header}/**
 * \`${packageName}/validate\`: opt-in validation of ${provider}'s responses against the spec. Pass
 * \`validators\` as the client's \`validate\` option; each response body is checked against the schema
 * of its status, and each difference goes to \`onDrift\` (or fails the call with \`throwOnDrift\`). The
 * validators are plain code compiled from the spec (no \`eval\`, so a strict CSP allows them); a
 * program that does not import this entry bundles none of it, and one that imports a single
 * operation's export bundles only that operation's validators.
 *
 * @packageDocumentation
 */
import { type OperationValidators, type ResponseValidation, validateResponses } from "@specfirst/core";
import * as schemas from "./response-validators.js";

${exports.join("\n\n")}

/**
 * The validators of every operation (${ids.join(", ")}), for the client's \`validate\` option. For some
 * operations only, pass \`validateResponses({ ${ids.slice(0, 2).join(", ")} })\` instead.
 */
export const validators: ResponseValidation = /* @__PURE__ */ validateResponses({ ${ids.join(", ")} });
`;
  // Referenced schemas compile to functions of their own, shared by every validator that reaches them.
  const compiled = await validatorsModule(validated, validators, {
    typesFrom: "@specfirst/core",
    formats: "fast",
    dialect: "draft-07",
    ajv: { inlineRefs: false },
  });
  const responseValidators = `${header}// @ts-nocheck: Ajv's standalone code, compiled from the spec's response schemas.\n${compiled}`;
  return { "validate.ts": validate, "response-validators.ts": responseValidators };
}
