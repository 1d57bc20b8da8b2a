// The generated modules of a client's `/mock` entry, from its bundled document:
//   mock.ts                what @specfirst/mock needs per operation (parameters, body, documented
//                          responses and their example names) and the entry's exports
//   request-validators.ts  a validator per parameter and JSON request body, compiled from their schemas
// The examples are not copied: the mocks read them from the package's shipped openapi.json.
import { validatorsModule } from "./request-validators.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const STYLES = ["fastapi", "laravel", "problem"];

/** How a provider reports invalid requests when its spec does not say (`x-validation-error`). */
const DEFAULT_VALIDATION_ERROR = { status: 422, style: "problem" };

/**
 * The value shapes and scalar type a parameter schema allows, looking through `anyOf`/`oneOf`:
 * `{ value, array, type }`, where `type` is the scalar's (or the array items') JSON type.
 */
function shapeOf(schema, resolve) {
  const resolved = resolve(schema) ?? {};
  const shape = { value: false, array: false, type: undefined };
  const types = [resolved.type ?? []].flat();
  for (const type of types) {
    if (type === "null") continue;
    if (type === "array") {
      shape.array = true;
      shape.type ??= shapeOf(resolved.items, resolve).type;
    } else {
      shape.value = true;
      shape.type ??= type;
    }
  }
  for (const member of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    const inner = shapeOf(member, resolve);
    shape.value ||= inner.value;
    shape.array ||= inner.array;
    shape.type ??= inner.type;
  }
  // A schema that says nothing of its type takes any single value.
  if (types.length === 0 && !resolved.anyOf && !resolved.oneOf) shape.value = true;
  return shape;
}

/** `{ getOrder: { "200": "a" | "b"; "404": never } }` from the operations' documented example names. */
function examplesType(operations) {
  const union = (names) => (names.length > 0 ? names.map((name) => JSON.stringify(name)).join(" | ") : "never");
  const statuses = (responses) =>
    Object.entries(responses).map(([status, names]) => `    ${JSON.stringify(status)}: ${union(names)};`);
  const entries = Object.entries(operations).map(
    ([id, operation]) => `  ${id}: {\n${statuses(operation.responses).join("\n")}\n  };`,
  );
  return `{\n${entries.join("\n")}\n}`;
}

/** The provider's name in messages: the document's title up to " — " or " API" (`Polar`, `VPSBG`). */
function providerName(document) {
  return (document.info?.title ?? "The API").split(/ — | API\b/)[0].trim();
}

/**
 * `{ "mock.ts", "request-validators.ts" }` for `document`, whose client package is `packageName`.
 * `resolve` follows a local `$ref`; `fail` reports a spec the mocks cannot serve and exits.
 */
export async function mockModules({ document, packageName, header, resolve, fail }) {
  const validators = {};
  const named = new Map();
  /** The validator for `schema`, named `name` unless an identical schema already has one. */
  const validatorFor = (name, schema) => {
    const key = JSON.stringify(schema);
    if (!named.has(key)) {
      named.set(key, name);
      validators[name] = schema;
    }
    return named.get(key);
  };
  const operations = {};
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) fail(`${where} has no operationId; the mocks name their scenarios by it.`);
      const id = operation.operationId;
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      const described = parameters.map((parameter, index) => {
        const shape = shapeOf(parameter.schema, resolve);
        return {
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true,
          type: ["string", "integer", "number", "boolean"].includes(shape.type) ? shape.type : "unknown",
          array: shape.array ? (shape.value ? "either" : "always") : "never",
          explode:
            parameter.explode ??
            (parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple")) === "form",
          validate: validatorFor(`${id}_${parameter.in}_${index}`, parameter.schema ?? {}),
        };
      });
      const requestBody = resolve(operation.requestBody);
      let body;
      if (requestBody) {
        const media = Object.keys(requestBody.content ?? {});
        const json = media.find((type) => /^application\/([\w.-]+\+)?json$/.test(type));
        const schema = json && requestBody.content[json].schema;
        const validate = schema && validatorFor(`${id}_body`, schema);
        body = { required: requestBody.required === true, media, ...(validate ? { validate } : {}) };
      }
      const responses = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!/^\d{3}$/.test(status)) continue;
        const content = resolve(response)?.content ?? {};
        const first = Object.values(content)[0];
        responses[status] = Object.keys(resolve(first?.examples) ?? {});
      }
      const success = Object.keys(responses).find((status) => status.startsWith("2"));
      if (!success) fail(`${where} documents no 2xx response; the mocks answer with its first one.`);
      operations[id] = { method, path, parameters: described, ...(body ? { body } : {}), success, responses };
    }
  }

  const validationError = document["x-validation-error"] ?? DEFAULT_VALIDATION_ERROR;
  if (!STYLES.includes(validationError.style) || !Number.isInteger(validationError.status)) {
    fail(
      `x-validation-error must be { status: <integer>, style: ${STYLES.join(" | ")} } (got ${JSON.stringify(validationError)}).`,
    );
  }
  const spec = {
    provider: providerName(document),
    servers: (document.servers ?? []).map((server) => server.url),
    validationError: {
      status: validationError.status,
      style: validationError.style,
      ...(validationError.name ? { name: validationError.name } : {}),
    },
    operations,
  };
  // Validators are referenced by name in the JSON and become identifiers in the module.
  const specSource = JSON.stringify(spec, null, 2).replace(/"validate": "(\w+)"/g, "validate: validators.$1");
  const ids = Object.keys(operations);
  const provider = spec.provider;

  const mock = `${header}/**
 * \`${packageName}/mock\`: MSW mocks of the ${provider} API, for testing code that uses the client without
 * the network. Needs \`msw\` 2 and \`@specfirst/mock\` (\`npm install --save-dev msw @specfirst/mock\`).
 *
 * @packageDocumentation
 */
import { defineMocks, type MockSpec, type ProviderMocks } from "@specfirst/mock";
import document from "${packageName}/openapi.json" with { type: "json" };
import type { paths } from "./openapi.js";
import * as validators from "./request-validators.js";

/** The names of the examples of each operation's documented responses, by status. */
type Examples = ${examplesType(operations)};

const spec: MockSpec = ${specSource};

type Mocks = ProviderMocks<paths, Examples>;

const mocks: Mocks = defineMocks<paths, Examples>(spec, document);

/**
 * One MSW handler per operation (${ids.join(", ")}) on every server of the spec
 * (${spec.servers.join(", ")}): a valid request gets the example of the operation's first
 * documented 2xx response; an invalid one gets ${provider}'s ${spec.validationError.status} validation error; a
 * path or method the spec does not have gets a 501 and a console error. Use with \`setupServer(...handlers)\`
 * (msw/node) or \`setupWorker(...handlers)\` (msw/browser).
 */
export const handlers: Mocks["handlers"] = mocks.handlers;

/**
 * The same handlers on the base URL(s) your client uses instead of the spec's servers, e.g.
 * \`createHandlers({ baseUrl: "http://127.0.0.1:4010" })\`.
 */
export const createHandlers: Mocks["createHandlers"] = mocks.createHandlers;

/**
 * MSW's \`http\` typed by the spec (openapi-msw): paths, path parameters and response bodies per status
 * are checked, so \`server.use(http.get("<path>", ({ response }) => response(200).json(...)))\` does not
 * compile with a body the spec does not allow. Matches the path on any origin.
 */
export const http: Mocks["http"] = mocks.http;

/**
 * Ready-made answers per operation, for \`server.use(...)\`: one per documented status (\`notFound()\`,
 * \`unprocessableContent()\`, … with \`{ example }\` to pick a named example) and \`rateLimited()\`,
 * \`unavailable()\`, \`connectionDropped()\` and \`delayed(ms)\`; each takes \`{ times }\`.
 */
export const scenarios: Mocks["scenarios"] = mocks.scenarios;
`;
  const compiled = await validatorsModule(document, validators, { typesFrom: "@specfirst/mock" });
  const requestValidators = `${header}// @ts-nocheck: Ajv's standalone code, compiled from the spec's parameter and request body schemas.\n${compiled}`;
  return { "mock.ts": mock, "request-validators.ts": requestValidators };
}
