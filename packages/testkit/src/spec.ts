import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The few parts of a bundled OpenAPI 3.1 document the tests read. */
export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, OperationObject | unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

export interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
}

export interface ResponseObject {
  content?: Record<string, { schema?: unknown; examples?: Record<string, { value?: unknown }> }>;
}

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Folder of a provider's spec package, e.g. `specDir("polar")` → `<repo>/specs/polar`. */
export function specDir(provider: string): string {
  return fileURLToPath(new URL(`../../../specs/${provider}`, import.meta.url));
}

/** Reads `dist/openapi.json`, the document Redocly bundled; throws with the command that makes it. */
export function loadBundledSpec(dir: string): OpenApiDocument {
  const file = `${dir}/dist/openapi.json`;
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: bundle the spec first (pnpm turbo run bundle).`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
}

/** Reads `fixtures/<name>.json` of a provider's spec package, e.g. `readFixture("polar", "getOrder.200")`. */
export function readFixture<T = unknown>(provider: string, name: string): T {
  return readFixtureFile(specDir(provider), name) as T;
}

/** Reads `<dir>/fixtures/<name>.json`. */
export function readFixtureFile(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(`${dir}/fixtures/${name}.json`, "utf8"));
}

/** Names (without `.json`) of every fixture of a spec package, sorted. */
export function fixtureNames(dir: string): string[] {
  return readdirSync(`${dir}/fixtures`)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

/** An operation with its path template, method and the JSON pointer to it inside the document. */
export interface LocatedOperation {
  path: string;
  method: string;
  pointer: string;
  operation: OperationObject;
}

/** Every operation of the document, in document order. */
export function operations(spec: OpenApiDocument): LocatedOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    httpMethods
      .filter((method) => item[method] !== undefined)
      .map((method) => ({
        path,
        method,
        pointer: `#/paths/${escapePointer(path)}/${method}`,
        operation: item[method] as OperationObject,
      })),
  );
}

/** Escapes one JSON Pointer segment (RFC 6901), then percent-encodes it for use in a URI fragment. */
export function escapePointer(segment: string): string {
  return encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"));
}
