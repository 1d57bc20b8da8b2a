/**
 * The shape of a bundled OpenAPI 3.1 document, as far as specfirst reads it: what Redocly's `bundle`
 * writes to a spec's `dist/openapi.json` (one file, every `$ref` local). Fields specfirst never reads
 * are left to the index signatures of specification extensions (`x-…`) or omitted.
 * https://spec.openapis.org/oas/v3.1.0
 */

/** The eight HTTP methods a path item may hold an operation for, in the order OpenAPI 3.1 lists them. */
export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One of {@link METHODS}, lower case as OpenAPI writes it. */
export type Method = (typeof METHODS)[number];

/** Methods a server may receive twice with the effect of once (RFC 9110 §9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<Method> = new Set(["get", "head", "options", "trace", "put", "delete"]);

/** Methods that change nothing on the server (RFC 9110 §9.2.1). */
export const SAFE_METHODS: ReadonlySet<Method> = new Set(["get", "head", "options", "trace"]);

/** Specification extensions: any `x-…` field. */
export type Extensions = { [extension: `x-${string}`]: unknown };

/** A Reference Object: `{ $ref: "#/components/schemas/Order" }`. */
export interface Reference {
  $ref: string;
  summary?: string;
  description?: string;
}

/** A Schema Object: JSON Schema 2020-12 with OpenAPI's vocabulary; read as plain JSON. */
export type Schema = Record<string, unknown>;

export interface Example extends Extensions {
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}

export interface MediaType extends Extensions {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, Example | Reference>;
}

export interface Parameter extends Extensions {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, Example | Reference>;
  content?: Record<string, MediaType>;
}

export interface RequestBody extends Extensions {
  description?: string;
  required?: boolean;
  content?: Record<string, MediaType>;
}

export interface Header extends Extensions {
  description?: string;
  required?: boolean;
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, Example | Reference>;
}

export interface Response extends Extensions {
  description?: string;
  headers?: Record<string, Header | Reference>;
  content?: Record<string, MediaType>;
}

/** A Security Requirement Object: scheme name → scopes. */
export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject extends Extensions {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  externalDocs?: { url: string; description?: string };
  deprecated?: boolean;
  parameters?: (Parameter | Reference)[];
  requestBody?: RequestBody | Reference;
  responses?: Record<string, Response | Reference>;
  security?: SecurityRequirement[];
  servers?: Server[];
}

export type PathItem = Extensions & {
  $ref?: string;
  summary?: string;
  description?: string;
  parameters?: (Parameter | Reference)[];
  servers?: Server[];
} & { [M in Method]?: OperationObject };

export interface Server extends Extensions {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface SecurityScheme extends Extensions {
  type: string;
  description?: string;
  /** `http` schemes: `bearer`, `basic`, … */
  scheme?: string;
  bearerFormat?: string;
  /** `apiKey` schemes: the header, query or cookie name, and where it goes. */
  name?: string;
  in?: string;
}

export interface Components extends Extensions {
  schemas?: Record<string, Schema>;
  responses?: Record<string, Response | Reference>;
  parameters?: Record<string, Parameter | Reference>;
  examples?: Record<string, Example | Reference>;
  requestBodies?: Record<string, RequestBody | Reference>;
  headers?: Record<string, Header | Reference>;
  securitySchemes?: Record<string, SecurityScheme | Reference>;
  pathItems?: Record<string, PathItem>;
}

export interface OpenApiDocument extends Extensions {
  openapi?: string;
  info: Extensions & { title: string; version: string; summary?: string; description?: string };
  servers?: Server[];
  security?: SecurityRequirement[];
  tags?: (Extensions & { name: string; description?: string })[];
  paths?: Record<string, PathItem>;
  components?: Components;
}

/** Whether `media` (a media type, parameters allowed) is JSON: `application/json`, `application/problem+json`, … */
export function isJsonMedia(media: string): boolean {
  return /^application\/([\w.-]+\+)?json$/i.test(media.split(";")[0]?.trim() ?? "");
}

/** Whether `media` is a form: `multipart/form-data` or `application/x-www-form-urlencoded`. */
export function isFormMedia(media: string): boolean {
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)$/i.test(media.split(";")[0]?.trim() ?? "");
}

/**
 * The media type a client sends `body` as: its JSON one, else its first form one (which the client encodes
 * from an object); undefined when it has neither.
 */
export function requestBodyMedia(body: RequestBody | undefined): string | undefined {
  const media = Object.keys(body?.content ?? {});
  return media.find(isJsonMedia) ?? media.find(isFormMedia);
}

/** The provider's name in messages: the document's title up to " — " or " API" (`Polar`, `VPSBG`). */
export function providerName(document: OpenApiDocument): string {
  return (document.info?.title ?? "The API").split(/ — | API\b/)[0]?.trim() || "The API";
}
