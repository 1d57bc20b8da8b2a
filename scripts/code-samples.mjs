// x-codeSamples for the API reference (and the consumer file bench/ type-checks): for every operation,
// the call a reader makes with the provider's @specfirst client (its factory, the base URL where the
// spec's host is unverified, the path template, the path parameters, the required query parameters and
// the optional ones the spec gives an example or a default for, the body), and the same request with
// curl. The site's tests type-check every TypeScript sample and run every curl sample against the mock.

import { operations, requestBodyMedia, resolveRef } from "@specfirst/openapi-model";

/** `acme-cloud` → `acmeCloud`, the variable the samples hold the client in. */
export function clientVariable(slug) {
  return slug.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

/** A value of `schema` for a sample: its example, else a placeholder of its type named after `name`. */
function schemaSample(document, schema, name) {
  const resolved = resolveRef(document, schema) ?? {};
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.examples?.[0] !== undefined) return resolved.examples[0];
  if (resolved.enum?.[0] !== undefined) return resolved.enum[0];
  const type = Array.isArray(resolved.type) ? resolved.type.find((each) => each !== "null") : resolved.type;
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "array") return [];
  if (type === "object" || resolved.properties) {
    return Object.fromEntries(
      (resolved.required ?? []).map((property) => [
        property,
        schemaSample(document, resolved.properties?.[property], property),
      ]),
    );
  }
  return `<${name}>`;
}

/** A value for a parameter in a sample: its example, else its schema's (its default among them). */
function sampleValue(document, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const schema = resolveRef(document, parameter.schema) ?? {};
  if (schema.example === undefined && schema.examples === undefined && isScalar(schema.default)) return schema.default;
  return schemaSample(document, schema, parameter.name);
}

const isScalar = (value) => ["string", "number", "boolean"].includes(typeof value);

/** Whether the spec gives an optional parameter a value worth showing: an example, or a scalar default. */
function hasSampleValue(document, parameter) {
  const schema = resolveRef(document, parameter.schema) ?? {};
  return (
    parameter.example !== undefined ||
    parameter.examples !== undefined ||
    schema.example !== undefined ||
    schema.examples !== undefined ||
    isScalar(schema.default)
  );
}

/** The query parameters a sample sends: the required ones, and the optional ones with a sample value. */
function sampleQuery(document, parameters) {
  return parameters.filter(
    (parameter) => parameter.in === "query" && (parameter.required || hasSampleValue(document, parameter)),
  );
}

/**
 * The body of a sample and its media type: JSON where the operation takes it, else its first (a form); the
 * value is the media type's example, else its schema's required properties.
 */
function requestBodySample(document, { requestBody: body }) {
  if (!body?.required) return undefined;
  const type = requestBodyMedia(body);
  const media = type === undefined ? undefined : body.content[type];
  const example = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
  return { type, value: example ?? schemaSample(document, media?.schema, "body") };
}

/** curl's arguments for a body: JSON with `-d`, multipart form data with a `-F` per field and item. */
function curlBody({ type, value }) {
  if (type !== "multipart/form-data")
    return `-H "Content-Type: application/json" -d ${shellWord(JSON.stringify(value))}`;
  return Object.entries(value)
    .flatMap(([name, field]) =>
      (Array.isArray(field) ? field : [field]).map((item) => `-F ${shellWord(`${name}=${item}`)}`),
    )
    .join(" ");
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

function objectLiteral(entries) {
  return `{ ${entries.map(([name, value]) => `${key(name)}: ${JSON.stringify(value)}`).join(", ")} }`;
}

/**
 * The call of `operation` (one of @specfirst/openapi-model's `operations(document)`) with the client held
 * in `clientVariable(slug)`, e.g. `polar.GET("/v1/users/orders/{id}", { params: { path: { id: "<id>" } } })`.
 */
export function callSample(document, { slug }, operation) {
  const { path, method, parameters } = operation;
  const inPath = parameters.filter((parameter) => parameter.in === "path");
  const inQuery = sampleQuery(document, parameters);
  const params = [];
  if (inPath.length > 0) {
    params.push(`path: ${objectLiteral(inPath.map((p) => [p.name, sampleValue(document, p)]))}`);
  }
  if (inQuery.length > 0) {
    params.push(`query: ${objectLiteral(inQuery.map((p) => [p.name, sampleValue(document, p)]))}`);
  }
  const init = [];
  if (params.length > 0) init.push(`  params: { ${params.join(", ")} },`);
  const body = requestBodySample(document, operation);
  if (body !== undefined) init.push(`  body: ${JSON.stringify(body.value, null, 2).replace(/\n/g, "\n  ")},`);
  return `${clientVariable(slug)}.${method.toUpperCase()}(${JSON.stringify(path)}${init.length > 0 ? `, {\n${init.join("\n")}\n}` : ""})`;
}

/** `POLAR` for `polar`, `ACME_CLOUD` for `acme-cloud`: the prefix of the samples' environment variables. */
const envPrefix = (slug) => slug.replace(/-/g, "_").toUpperCase();

/**
 * The TypeScript sample of one operation: import, client (with `baseUrl` when the spec marks its
 * server `x-unverified`, since the default host would then be a guess), call.
 */
export function codeSample(document, provider, operation) {
  const { slug, client, factory } = provider;
  const server = document.servers?.[0];
  const options = [`  token: process.env.${envPrefix(slug)}_TOKEN,`];
  if (server?.["x-unverified"]) {
    options.push("  // The spec's host is assumed (x-unverified): pass the provider's real base URL.");
    options.push(`  baseUrl: ${JSON.stringify(server.url)},`);
  }
  return [
    `import { ${factory} } from "${client}";`,
    "",
    `const ${clientVariable(slug)} = ${factory}({`,
    ...options,
    "});",
    `const { data, error } = await ${callSample(document, provider, operation)};`,
    "",
  ].join("\n");
}

/** `value` as one single-quoted shell word. */
const shellWord = (value) => `'${String(value).replace(/'/g, "'\\''")}'`;

/** The header that carries the token, from the first security scheme the operation accepts that curl can send. */
function authHeader(document, operation, token) {
  for (const requirement of operation.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = resolveRef(document, document.components?.securitySchemes?.[name]);
      if (scheme?.type === "http" && scheme.scheme?.toLowerCase() === "bearer") return `Authorization: Bearer ${token}`;
      if (scheme?.type === "apiKey" && scheme.in === "header") return `${scheme.name}: ${token}`;
    }
  }
  return undefined;
}

/**
 * The curl sample of one operation: the same request as the TypeScript one, sent to
 * `$<PROVIDER>_API_URL` (the spec's first server unless set), the token from `$<PROVIDER>_TOKEN`, the
 * query with `-G --data-urlencode` (so brackets and commas need no escaping), a JSON body with `-d`, a
 * multipart one with `-F`.
 * `--fail-with-body` makes curl exit non-zero on an HTTP error, still printing the error body.
 */
export function curlSample(document, { slug }, operation) {
  const prefix = envPrefix(slug);
  const { path, method, parameters } = operation;
  const filled = parameters
    .filter((parameter) => parameter.in === "path")
    .reduce(
      (template, parameter) =>
        template.replace(`{${parameter.name}}`, encodeURIComponent(String(sampleValue(document, parameter)))),
      path,
    );
  const lines = [`curl --fail-with-body --silent --show-error \\`];
  if (method !== "get") lines.push(`  -X ${method.toUpperCase()} \\`);
  lines.push(`  "\${${prefix}_API_URL:-${document.servers?.[0]?.url ?? ""}}${filled}" \\`);
  const query = sampleQuery(document, parameters).flatMap((parameter) => {
    const value = sampleValue(document, parameter);
    return (Array.isArray(value) ? value : [value]).map((each) => `${parameter.name}=${each}`);
  });
  if (query.length > 0) lines.push(`  -G ${query.map((pair) => `--data-urlencode ${shellWord(pair)}`).join(" ")} \\`);
  const auth = authHeader(document, operation, `$${prefix}_TOKEN`);
  if (auth) lines.push(`  -H "${auth}" \\`);
  const body = requestBodySample(document, operation);
  if (body !== undefined) lines.push(`  ${curlBody(body)} \\`);
  lines.push('  -H "Accept: application/json"');
  return `${lines.join("\n")}\n`;
}

/** A copy of the bundled document with an `x-codeSamples` entry on every operation. */
export function withCodeSamples(document, provider) {
  const copy = structuredClone(document);
  for (const operation of operations(copy)) {
    operation.object["x-codeSamples"] = [
      { lang: "TypeScript", label: provider.client, source: codeSample(copy, provider, operation) },
      { lang: "Shell", label: "curl", source: curlSample(copy, provider, operation) },
    ];
  }
  return copy;
}
