// The generated modules of a client's `/mock` entry, from its bundled document:
//   mock.ts                what @specfirst/mock needs per operation (parameters, body, documented
//                          responses and their example names) and the entry's exports
//   request-validators.ts  a validator per parameter and JSON request body, compiled from their schemas
// The examples are not copied: the mocks read them from the package's shipped openapi.json.
import {
  operations,
  providerName,
  requestBodyMedia,
  resolveRef,
  successStatus,
  validationError,
} from "@specfirst/openapi-model";
import { fail } from "./cli.mjs";
import { validatorNames, validatorsModule } from "./request-validators.mjs";

/**
 * The value shapes and scalar type a parameter schema allows, looking through `anyOf`/`oneOf`:
 * `{ value, array, type }`, where `type` is the scalar's (or the array items') JSON type.
 */
function shapeOf(document, schema) {
  const resolved = resolveRef(document, schema) ?? {};
  const shape = { value: false, array: false, type: undefined };
  const types = [resolved.type ?? []].flat();
  for (const type of types) {
    if (type === "null") continue;
    if (type === "array") {
      shape.array = true;
      shape.type ??= shapeOf(document, resolved.items).type;
    } else {
      shape.value = true;
      shape.type ??= type;
    }
  }
  for (const member of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])]) {
    const inner = shapeOf(document, member);
    shape.value ||= inner.value;
    shape.array ||= inner.array;
    shape.type ??= inner.type;
  }
  // A schema that says nothing of its type takes any single value.
  if (types.length === 0 && !resolved.anyOf && !resolved.oneOf) shape.value = true;
  return shape;
}

/** `{ getOrder: { "200": "a" | "b"; "404": never } }` from the operations' documented example names. */
function examplesType(byId) {
  const union = (names) => (names.length > 0 ? names.map((name) => JSON.stringify(name)).join(" | ") : "never");
  const statuses = (responses) =>
    Object.entries(responses).map(([status, names]) => `    ${JSON.stringify(status)}: ${union(names)};`);
  const entries = Object.entries(byId).map(
    ([id, operation]) => `  ${id}: {\n${statuses(operation.responses).join("\n")}\n  };`,
  );
  return `{\n${entries.join("\n")}\n}`;
}

/** `{ "mock.ts", "request-validators.ts" }` for `document`, whose client package is `packageName`. */
export async function mockModules({ document, packageName, header }) {
  const { validators, validatorFor } = validatorNames();
  const operationsById = {};
  for (const operation of operations(document)) {
    const { label, operationId: id, requestBody } = operation;
    if (!id) fail("generate-client", `${label} has no operationId; the mocks name their scenarios by it.`);
    const parameters = operation.parameters.map((parameter, index) => {
      const shape = shapeOf(document, parameter.schema);
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
    let body;
    if (requestBody) {
      const media = Object.keys(requestBody.content ?? {});
      // A body sent as JSON is checked against the JSON schema, else against the form schema: servers such
      // as Laravel read a JSON body for an operation documented as a form too.
      const checked = requestBodyMedia(requestBody);
      const schema = checked && requestBody.content[checked].schema;
      const validate = schema && validatorFor(`${id}_body`, schema);
      body = { required: requestBody.required === true, media, ...(validate ? { validate } : {}) };
    }
    const responses = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!/^\d{3}$/.test(status)) continue;
      const first = Object.values(response.content ?? {})[0];
      responses[status] = Object.keys(resolveRef(document, first?.examples) ?? {});
    }
    const success = successStatus(operation);
    // The mocks answer with a real status: a range such as `2XX` first does not name one.
    if (!success || !(success in responses))
      fail("generate-client", `${label} documents no 2xx status code first; the mocks answer with its first one.`);
    operationsById[id] = {
      method: operation.method,
      path: operation.path,
      parameters,
      ...(body ? { body } : {}),
      success,
      responses,
    };
  }

  let style;
  try {
    style = validationError(document);
  } catch (error) {
    fail("generate-client", `${error.message}.`);
  }
  const spec = {
    provider: providerName(document),
    servers: (document.servers ?? []).map((server) => server.url),
    validationError: style,
    operations: operationsById,
  };
  // Validators are referenced by name in the JSON and become identifiers in the module.
  const specSource = JSON.stringify(spec, null, 2).replace(/"validate": "(\w+)"/g, "validate: validators.$1");
  const ids = Object.keys(operationsById);
  const provider = spec.provider;

  const mock = `${header}/**
 * \`${packageName}/mock\`: MSW mocks of the ${provider} API, for testing code that uses the client without
 * the network. Needs \`msw\` 2 and \`@specfirst/mock\` (\`npm install --save-dev msw @specfirst/mock\`).
 *
 * @packageDocumentation
 */
import { defineMocks, type MockSpec, type OpenApiDocument, type ProviderMocks } from "@specfirst/mock";
import document from "${packageName}/openapi.json" with { type: "json" };
import type { paths } from "./openapi.js";
import * as validators from "./request-validators.js";

/** The names of the examples of each operation's documented responses, by status. */
type Examples = ${examplesType(operationsById)};

const spec: MockSpec = ${specSource};

type Mocks = ProviderMocks<paths, Examples>;

// A JSON module's types widen its strings (\`in: string\`), so the document is typed as what it is.
const mocks: Mocks = defineMocks<paths, Examples>(spec, document as OpenApiDocument);

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
