import {
  IDEMPOTENT_METHODS,
  isUnverified,
  type OpenApiDocument,
  type Operation,
  operations,
  type Parameter,
  requestBodyMedia,
  resolveRef,
  SAFE_METHODS,
  type Schema,
} from "@specfirst/openapi-model";
import { selfContained } from "./schema.js";

/** Headers the client sets itself, never an agent. */
const CLIENT_HEADERS = new Set(["accept", "content-type", "authorization", "user-agent"]);

/** What MCP's `tools/list` says of a tool (`annotations` are hints, as MCP defines them). */
export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: Schema & { type: "object" };
  outputSchema?: Schema & { type: "object" };
  annotations: {
    title: string;
    readOnlyHint: boolean;
    destructiveHint: boolean;
    idempotentHint: boolean;
    openWorldHint: boolean;
  };
}

/** A tool and how to make its call: one operation of the spec. */
export interface Tool {
  definition: ToolDefinition;
  /** Upper case, as the client's methods are named: `"GET"`. */
  method: string;
  /** The path template, e.g. `/v1/users/orders/{id}`. */
  path: string;
  /** Where each argument other than `body` goes. */
  parameters: { name: string; in: "path" | "query" | "header" }[];
  /** Whether the success body is not an object, and so is returned as `{ result: body }`. */
  wrapsResult: boolean;
  /** Whether the operation is safe (GET, HEAD, …): the tools `--read-only` keeps. */
  readOnly: boolean;
  /** The operation's tags, as the spec names them: what `--tags` selects by. */
  tags: string[];
}

/** The first paragraph of a description, on one line. */
const firstParagraph = (text: string | undefined) =>
  (text ?? "")
    .split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, " ")
    .trim() ?? "";

/** What the spec marks `x-unverified` that this operation relies on, one line each. */
function unverifiedFacts(document: OpenApiDocument, operation: Operation, parameters: readonly Parameter[]): string[] {
  const facts: string[] = [];
  const server = document.servers?.[0];
  if (isUnverified(server)) facts.push(`the host ${server?.url}: ${firstParagraph(server?.description)}`);
  for (const requirement of operation.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = resolveRef(document, document.components?.securitySchemes?.[name]);
      if (isUnverified(scheme)) facts.push(`authentication (${name}): ${firstParagraph(scheme?.description)}`);
    }
  }
  if (isUnverified(operation.object))
    facts.push(`the operation itself: ${firstParagraph(operation.object.description)}`);
  for (const parameter of parameters) {
    if (isUnverified(parameter)) facts.push(`parameter ${parameter.name}: ${firstParagraph(parameter.description)}`);
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (isUnverified(response)) facts.push(`response ${status}: ${firstParagraph(response.description)}`);
  }
  return [...new Set(facts)];
}

/** The JSON schema of the operation's first 2XX response with a JSON body, if it has one. */
function successSchema(operation: Operation): Schema | undefined {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!/^2/.test(status)) continue;
    const schema = response.content?.["application/json"]?.schema;
    if (schema) return schema;
  }
  return undefined;
}

/** Whether `schema` (after `$ref`s, through `allOf`) describes objects only. */
function isObjectSchema(document: OpenApiDocument, schema: Schema): boolean {
  const resolved = resolveRef<Schema>(document, schema);
  if (resolved.type === "object" || (resolved.properties && resolved.type === undefined && !resolved.oneOf))
    return true;
  const members = (resolved.allOf ?? resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
  return Array.isArray(members) && members.length > 0 && members.every((member) => isObjectSchema(document, member));
}

function toolOf(document: OpenApiDocument, operation: Operation): Tool {
  const { operationId: name, method, path, label, object } = operation;
  if (!name) throw new Error(`${label} has no operationId, which names its tool`);
  const parameters = operation.parameters.filter(
    (parameter) =>
      parameter.in !== "cookie" && !(parameter.in === "header" && CLIENT_HEADERS.has(parameter.name.toLowerCase())),
  );
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    if (parameter.name in properties) throw new Error(`${name}: two parameters are named "${parameter.name}"`);
    const description = [parameter.description?.trim(), `(${parameter.in} parameter)`].filter(Boolean).join(" ");
    properties[parameter.name] = { ...(parameter.schema ?? {}), description };
    if (parameter.required || parameter.in === "path") required.push(parameter.name);
  }
  const body = operation.requestBody;
  // A form body (multipart, urlencoded) is an object too: the client encodes it as the spec says.
  const media = requestBodyMedia(body);
  const bodySchema = media === undefined ? undefined : body?.content?.[media]?.schema;
  if (bodySchema) {
    if ("body" in properties)
      throw new Error(`${name}: a parameter is named "body", which is the request body's argument`);
    properties.body = { ...bodySchema, ...(body?.description ? { description: body.description.trim() } : {}) };
    if (body?.required) required.push("body");
  }
  const output = successSchema(operation);
  const wrapsResult = output !== undefined && !isObjectSchema(document, output);
  const unverified = unverifiedFacts(document, operation, parameters);
  const description = [
    object.summary,
    object.description?.trim(),
    `${label}.`,
    unverified.length > 0
      ? `Unverified (the provider's docs do not say; the spec assumes it):\n${unverified.map((fact) => `- ${fact}`).join("\n")}`
      : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
  const readOnly = SAFE_METHODS.has(method);
  const title = object.summary ?? name;
  return {
    definition: {
      name,
      title,
      description,
      inputSchema: selfContained(
        { type: "object", properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false },
        document,
      ) as ToolDefinition["inputSchema"],
      ...(output
        ? {
            // MCP requires an object schema at the root: a `$ref` or `allOf` to objects says so too.
            outputSchema: {
              ...selfContained(
                wrapsResult ? { type: "object", properties: { result: output }, required: ["result"] } : output,
                document,
              ),
              type: "object",
            } as ToolDefinition["inputSchema"],
          }
        : {}),
      annotations: {
        title,
        readOnlyHint: readOnly,
        destructiveHint: !readOnly && (method === "delete" || object["x-destructive"] === true),
        idempotentHint: IDEMPOTENT_METHODS.has(method),
        openWorldHint: true,
      },
    },
    method: method.toUpperCase(),
    path,
    parameters: parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in as "path" | "query" | "header",
    })),
    wrapsResult,
    readOnly,
    tags: [...(object.tags ?? [])],
  };
}

/**
 * One tool per operation of `document`, in document order: named by its `operationId`, described by its
 * summary, description, method and path and the `x-unverified` facts it relies on; its `inputSchema`
 * has the path, query and header parameters by name and the request body (JSON, else a form's fields) as `body`; its
 * `outputSchema` is the schema of its first 2XX JSON response (under `result` when that is not an
 * object, as MCP's structured content must be one). Annotations follow HTTP: `readOnlyHint` for safe
 * methods, `idempotentHint` for idempotent ones, `destructiveHint` for DELETE and for operations the
 * spec marks `x-destructive: true`, `openWorldHint` always (the tool calls a remote API).
 * @throws Error when an operation has no operationId or two arguments would share a name.
 */
export function toolsFromSpec(document: OpenApiDocument): Tool[] {
  return operations(document).map((operation) => toolOf(document, operation));
}
