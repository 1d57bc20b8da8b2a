/**
 * What a provider's generated `src/generated/mock.ts` tells the mocks about its spec: per operation, the
 * parameters and request body to check (with validators compiled from their schemas) and the documented
 * responses by status and example name. The examples themselves are read from the package's shipped
 * `openapi.json`, so they are not stored twice.
 */
import {
  type Header,
  type MediaType,
  type Method,
  type OpenApiDocument,
  resolveRef,
  type ValidationError,
} from "@specfirst/openapi-model";

export type { OpenApiDocument } from "@specfirst/openapi-model";

/** One problem found by a compiled validator (Ajv's error shape). */
export interface SchemaProblem {
  /** JSON Pointer of the failing value inside the validated data, `""` for the data itself. */
  instancePath: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `enum`, `format`, `exclusiveMinimum`… */
  keyword: string;
  /** The keyword's parameters, e.g. `{ missingProperty }`, `{ allowedValues }`, `{ limit }`. */
  params: Record<string, unknown>;
  /** Ajv's English message. */
  message?: string;
}

/** A validator compiled from a schema at `generate` time: true when `data` is valid, else `errors`. */
export type Validate = ((data: unknown) => boolean) & { errors?: SchemaProblem[] | null };

/** How a parameter's text is read before it is validated (from its schema's `type`). */
export type ValueType = "string" | "integer" | "number" | "boolean" | "unknown";

/** A parameter of an operation as the mocks read it. */
export interface MockParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  /** The scalar type, or the type of each item of an array. */
  readonly type: ValueType;
  /**
   * Whether the value is an array (repeated query fields when `explode`, else comma-separated):
   * `always`, `never`, or `either` (a schema allowing both: one value is a scalar, several an array).
   */
  readonly array: "always" | "never" | "either";
  readonly explode: boolean;
  readonly validate: Validate;
}

/** An operation as the mocks serve it. */
export interface MockOperation {
  readonly method: Method;
  /** The OpenAPI path template, e.g. `/v1/users/orders/{id}`. */
  readonly path: string;
  readonly parameters: readonly MockParameter[];
  readonly body?: {
    readonly required: boolean;
    /** The media types the operation accepts. */
    readonly media: readonly string[];
    /**
     * The validator of a body sent as JSON: the JSON media type's schema, else the form media type's (a
     * server such as Laravel reads a JSON body for a form operation too). Form-encoded bodies are not checked.
     */
    readonly validate?: Validate;
  };
  /** The first documented 2xx status: the default answer. */
  readonly success: string;
  /** Every documented response, by status, with the names of its examples (first is the default). */
  readonly responses: { readonly [status: string]: readonly string[] };
}

/**
 * How a provider reports a request that breaks its spec (the spec's `x-validation-error`):
 * - `fastapi`: `{ detail: [{ type, loc, msg, input }] }` (FastAPI/pydantic), with `error: name` when set;
 * - `laravel`: `{ message, errors: { field: [message] } }` (Laravel's validator);
 * - `problem`: `application/problem+json` (RFC 9457) with `errors: [{ detail, pointer }]`.
 */
export type ValidationErrorStyle = ValidationError;

/** Everything a provider's mocks are made of. */
export interface MockSpec {
  /** The provider's name in messages, e.g. `Polar`. */
  readonly provider: string;
  /** The spec's server URLs. */
  readonly servers: readonly string[];
  readonly validationError: ValidationErrorStyle;
  readonly operations: { readonly [operationId: string]: MockOperation };
}

/** A documented response as it is sent: status, headers and (JSON) body. */
export interface DocumentedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly media?: string;
  readonly body?: unknown;
}

/** A header's or media type's example value, when it has one (its schema's as a last resort). */
function exampleOf(document: OpenApiDocument, node: Header | MediaType | undefined): unknown {
  if (!node) return undefined;
  if ("example" in node) return node.example;
  const first = Object.values(node.examples ?? {})[0];
  if (first !== undefined) return resolveRef(document, first).value;
  const schema = resolveRef(document, node.schema);
  return schema === undefined ? undefined : exampleOf(document, schema as MediaType);
}

/**
 * The response `operation` documents for `status`, with the body of its example `exampleName` (the
 * first when not given) and the headers that have an example.
 * @throws Error when the document has no such response: the generated description and the shipped
 * `openapi.json` come from different versions of the spec.
 */
export function documentedResponse(
  document: OpenApiDocument,
  operation: MockOperation,
  status: string,
  exampleName?: string,
): DocumentedResponse {
  const pathItem = resolveRef(document, document.paths?.[operation.path]);
  const documented = pathItem?.[operation.method]?.responses?.[status];
  if (!documented) {
    throw new Error(
      `openapi.json has no ${status} response for ${operation.method.toUpperCase()} ${operation.path}: ` +
        "the mocks and the shipped document are from different builds; reinstall the package.",
    );
  }
  const response = resolveRef(document, documented);
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = exampleOf(document, resolveRef(document, header));
    if (value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  const content = response.content ?? {};
  const media = Object.keys(content)[0];
  if (media === undefined) return { status: Number(status), headers };
  const mediaType = content[media];
  const named = exampleName === undefined ? undefined : mediaType?.examples?.[exampleName];
  const body = named !== undefined ? resolveRef(document, named).value : exampleOf(document, mediaType);
  return { status: Number(status), headers, media, body };
}
