// x-codeSamples for the API reference (and the consumer file bench/ type-checks): for every operation, the call a reader makes with the provider's
// @specfirst client (its factory, the path template, the path and required query parameters, the body),
// so the reference shows code that typechecks against the package. Redoc renders `x-codeSamples` beside
// each operation.

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** `acme-cloud` → `acmeCloud`, the variable the samples hold the client in. */
export function clientVariable(slug) {
  return slug.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

function resolve(document, node) {
  let current = node;
  while (current?.$ref?.startsWith("#/")) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
  }
  return current;
}

/** A value of `schema` for a sample: its example, else a placeholder of its type named after `name`. */
function schemaSample(document, schema, name) {
  const resolved = resolve(document, schema) ?? {};
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

/** A value for a parameter in a sample: its example, else its schema's. */
function sampleValue(document, parameter) {
  return parameter.example !== undefined ? parameter.example : schemaSample(document, parameter.schema, parameter.name);
}

/** The body of a sample: the request body's example, else its schema's required properties. */
function requestBodySample(document, operation) {
  const body = resolve(document, operation.requestBody);
  if (!body?.required) return undefined;
  const media = body.content?.["application/json"];
  const example = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
  return example ?? schemaSample(document, media?.schema, "body");
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

function objectLiteral(entries) {
  return `{ ${entries.map(([name, value]) => `${key(name)}: ${JSON.stringify(value)}`).join(", ")} }`;
}

/**
 * The call of one operation with the client held in `clientVariable(slug)`, e.g.
 * `polar.GET("/v1/users/orders/{id}", { params: { path: { id: "<id>" } } })`.
 */
export function callSample(document, { slug }, path, method, operation) {
  const parameters = [...(document.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((parameter) =>
    resolve(document, parameter),
  );
  const inPath = parameters.filter((parameter) => parameter.in === "path");
  const inQuery = parameters.filter((parameter) => parameter.in === "query" && parameter.required);
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
  if (body !== undefined) init.push(`  body: ${JSON.stringify(body, null, 2).replace(/\n/g, "\n  ")},`);
  return `${clientVariable(slug)}.${method.toUpperCase()}(${JSON.stringify(path)}${init.length > 0 ? `, {\n${init.join("\n")}\n}` : ""})`;
}

/** The TypeScript sample of one operation: import, client, call. */
export function codeSample(document, provider, path, method, operation) {
  const { slug, client, factory } = provider;
  const token = `${slug.replace(/-/g, "_").toUpperCase()}_TOKEN`;
  return [
    `import { ${factory} } from "${client}";`,
    "",
    `const ${clientVariable(slug)} = ${factory}({ token: process.env.${token} });`,
    `const { data, error } = await ${callSample(document, provider, path, method, operation)};`,
    "",
  ].join("\n");
}

/** Every operation of the document, in document order: `{ path, method, operation }`. */
export function* operationsOf(document) {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      if (item[method]) yield { path, method, operation: item[method] };
    }
  }
}

/** A copy of the bundled document with an `x-codeSamples` entry on every operation. */
export function withCodeSamples(document, provider) {
  const copy = structuredClone(document);
  for (const { path, method, operation } of operationsOf(copy)) {
    operation["x-codeSamples"] = [{ lang: "TypeScript", source: codeSample(copy, provider, path, method, operation) }];
  }
  return copy;
}

/** How many operations the document has. */
export function operationCount(document) {
  return [...operationsOf(document)].length;
}
