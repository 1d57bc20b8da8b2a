// Drift cases derived from a spec, and the local servers that serve them: a faithful one (the documented
// examples) and drifting ones (the same bodies with one or every drift applied). Derived, not written per
// provider, so that every provider's `validate` and `pnpm contract` face the same kinds of drift.

import {
  isJsonMedia,
  type OpenApiDocument,
  operations,
  resolveRef,
  successStatus,
  toPointer,
} from "@specfirst/openapi-model";
import { type Reply, startTestServer, type TestServer } from "./server.js";

type Schema = Record<string, unknown>;

/** The kinds of drift the tests apply to a documented body. */
export type DriftKind = "required" | "type" | "enum" | "null" | "extra";

/** One drift of one operation's success body: where, which rule reports it, and how to apply it. */
export interface DriftCase {
  operationId: string;
  kind: DriftKind;
  /** JSON Pointer of the drifted place in the body. */
  pointer: string;
  /** The keyword a validator reports it under. */
  keyword: string;
  severity: "error" | "info";
  /** Applies the drift to (a copy of) the documented body; `value` is what a changed field is set to. */
  apply(body: unknown, value?: string): void;
}

/** A value that marks a drifted field: no report may contain it. */
export const DRIFT_SENTINEL = "sentinel-value-4f1d";

/** One operation of the spec with what the drift tests need. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** Path template, e.g. `/orders/{id}`. */
  path: string;
  /** The first documented 2xx status and the value of its first example, if it has a JSON one. */
  success: { status: number; body: unknown } | undefined;
  /** Every documented status. */
  statuses: string[];
  /** Path parameters and a value of each (its example, or one of its type). */
  pathParameters: Record<string, string | number>;
}

/** `node` with its `$ref`s followed in `document`. */
type Resolve = <T>(node: unknown) => T;

const resolverOf =
  (document: OpenApiDocument): Resolve =>
  <T>(node: unknown) =>
    resolveRef(document, node) as T;

/** Every operation of `document`, in document order. */
export function specOperations(document: OpenApiDocument): SpecOperation[] {
  const resolve = resolverOf(document);
  return operations(document).map((operation) => {
    const status = successStatus(operation);
    const content = (status && operation.responses[status]?.content) || {};
    const media = Object.entries(content).find(([type]) => isJsonMedia(type))?.[1];
    const example = Object.values(media?.examples ?? {})[0];
    return {
      operationId: operation.operationId as string,
      method: operation.method.toUpperCase(),
      path: operation.path,
      success:
        status && example !== undefined
          ? { status: Number(status), body: resolve<{ value: unknown }>(example).value }
          : undefined,
      statuses: Object.keys(operation.responses),
      pathParameters: Object.fromEntries(
        operation.parameters
          .filter((parameter) => parameter.in === "path")
          .map((parameter) => [parameter.name, parameterValue(parameter, resolve)]),
      ),
    };
  });
}

function parameterValue(parameter: { example?: unknown; schema?: Schema }, resolve: Resolve): string | number {
  if (typeof parameter.example === "string" || typeof parameter.example === "number") return parameter.example;
  const schema = resolve<Schema>(parameter.schema) ?? {};
  if (schema.type === "integer") return 7;
  return schema.format === "uuid" || schema.format === "uuid4" ? "8d522be2-a89f-4461-aaee-3ac9897ebd0a" : "x1";
}

interface Place {
  pointer: string;
  /** The parent's segments and this one's key; `key` is undefined at the root. */
  parent: string[];
  key: string | undefined;
  schema: Schema;
  required: boolean;
  value: unknown;
}

/**
 * The schema that applies to `value` among `schema`'s branches: `T` of `T | null` for a non-null value,
 * the branch an OpenAPI discriminator names, or the first branch whose type fits.
 */
function applicable(schema: Schema, value: unknown, resolve: Resolve): Schema {
  let current = resolve<Schema>(schema) ?? {};
  for (let depth = 0; depth < 8; depth++) {
    if (Array.isArray(current.allOf)) {
      // An allOf of objects: their properties and required names together.
      const members = [current, ...(current.allOf as Schema[]).map((member) => applicable(member, value, resolve))];
      current = {
        properties: Object.assign({}, ...members.map((member) => member.properties ?? {})),
        required: members.flatMap((member) => (member.required as string[]) ?? []),
      };
      continue;
    }
    const branches = (current.oneOf ?? current.anyOf) as Schema[] | undefined;
    if (!branches) return current;
    const discriminator = current.discriminator as
      | { propertyName: string; mapping?: Record<string, string> }
      | undefined;
    const tag = discriminator && (value as Record<string, unknown> | null)?.[discriminator.propertyName];
    const named = typeof tag === "string" ? discriminator?.mapping?.[tag] : undefined;
    const chosen = named
      ? { $ref: named }
      : (branches.find((branch) => fits(resolve<Schema>(branch) ?? {}, value)) ?? branches[0]);
    current = resolve<Schema>(chosen) ?? {};
  }
  return current;
}

function fits(schema: Schema, value: unknown): boolean {
  const types = [schema.type ?? []].flat();
  if (types.length === 0) return value !== null;
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return types.some((candidate) => candidate === type || (candidate === "integer" && type === "number"));
}

/** Every place of `value` with the schema that applies there, depth first. */
function places(schema: Schema, value: unknown, resolve: Resolve): Place[] {
  const found: Place[] = [];
  const visit = (node: Schema, current: unknown, segments: string[], key: string | undefined, required: boolean) => {
    const applied = applicable(node, current, resolve);
    const pointerSegments = key === undefined ? segments : [...segments, key];
    found.push({
      pointer: toPointer(pointerSegments),
      parent: segments,
      key,
      schema: applied,
      required,
      value: current,
    });
    if (Array.isArray(current) && applied.items && current.length > 0)
      visit(applied.items as Schema, current[0], pointerSegments, "0", true);
    else if (current !== null && typeof current === "object" && applied.properties) {
      const requiredNames = (applied.required as string[]) ?? [];
      for (const [name, property] of Object.entries(applied.properties as Record<string, Schema>))
        if (name in (current as object))
          visit(
            property,
            (current as Record<string, unknown>)[name],
            pointerSegments,
            name,
            requiredNames.includes(name),
          );
    }
  };
  visit(schema, value, [], undefined, true);
  return found;
}

function parentOf(body: unknown, segments: string[]): Record<string, unknown> {
  return segments.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], body) as Record<
    string,
    unknown
  >;
}

function typesOf(schema: Schema): string[] {
  return [schema.type ?? []].flat() as string[];
}

/** A place that is a field of an object (not the body, not an array's first item). */
const isField = (place: Place) => place.key !== undefined && place.key !== "0";

/** The places of `operation`'s success example in its documented JSON schema (none without a success). */
function successPlaces(document: OpenApiDocument, operation: SpecOperation): Place[] {
  if (!operation.success) return [];
  const documented = operations(document).find((candidate) => candidate.operationId === operation.operationId);
  const content = documented?.responses[String(operation.success.status)]?.content ?? {};
  const schema = Object.entries(content).find(([type]) => isJsonMedia(type))?.[1]?.schema as Schema;
  return places(schema, operation.success.body, resolverOf(document));
}

/** Whether the schema of `operation`'s success body requires a field its example has (a place a `required` drift can go). */
export function hasRequiredField(document: OpenApiDocument, operation: SpecOperation): boolean {
  return successPlaces(document, operation).some((place) => place.required && isField(place));
}

/**
 * The drift cases of `operation`'s success body, one per kind where the body has a place for it: a
 * required property removed, a number or boolean sent as text, an enum member the spec does not list, a
 * non-nullable value sent as `null`, and a property the spec does not describe. The deepest candidate
 * is chosen (a field of a list's first item rather than of the page), as drift usually happens there.
 */
export function driftCases(document: OpenApiDocument, operation: SpecOperation): DriftCase[] {
  const all = successPlaces(document, operation);
  // Each kind at a place of its own where the body has one, so that all of them can apply at once.
  const used = new Set<string>();
  const deepest = (candidates: Place[]) => {
    const free = candidates.filter((place) => !used.has(place.pointer));
    const chosen = (free.length > 0 ? free : candidates).reduce<Place | undefined>(
      (best, place) => (best === undefined || place.parent.length > best.parent.length ? place : best),
      undefined,
    );
    if (chosen) used.add(chosen.pointer);
    return chosen;
  };
  const fields = all.filter(isField);
  const cases: DriftCase[] = [];
  const add = (
    kind: DriftKind,
    place: Place | undefined,
    keyword: string,
    set: (parent: Record<string, unknown>, key: string, value: string) => void,
    at = place?.pointer,
  ) => {
    if (!place || at === undefined) return;
    const { parent, key } = place as Place & { key: string };
    cases.push({
      operationId: operation.operationId,
      kind,
      pointer: at,
      keyword,
      severity: kind === "extra" ? "info" : "error",
      apply: (body, value = DRIFT_SENTINEL) => set(parentOf(body, parent), key, value),
    });
  };
  add("required", deepest(fields.filter((place) => place.required)), "required", (parent, key) => {
    delete parent[key];
  });
  add(
    "type",
    deepest(
      fields.filter(
        (place) =>
          ["integer", "number", "boolean"].some((type) => typesOf(place.schema).includes(type)) &&
          !typesOf(place.schema).includes("string"),
      ),
    ),
    "type",
    (parent, key, value) => {
      parent[key] = value;
    },
  );
  add(
    "enum",
    deepest(fields.filter((place) => Array.isArray(place.schema.enum) && place.value !== null)),
    "enum",
    (parent, key, value) => {
      parent[key] = value;
    },
  );
  add(
    "null",
    deepest(
      fields.filter(
        (place) =>
          place.value !== null &&
          typesOf(place.schema).length > 0 &&
          !typesOf(place.schema).includes("null") &&
          !isNullable(place, all),
      ),
    ),
    "type",
    (parent, key) => {
      parent[key] = null;
    },
  );
  const object = deepest(
    all.filter(
      (place) =>
        place.value !== null &&
        typeof place.value === "object" &&
        !Array.isArray(place.value) &&
        place.schema.properties &&
        place.schema.additionalProperties === undefined,
    ),
  );
  if (object)
    cases.push({
      operationId: operation.operationId,
      kind: "extra",
      pointer: `${object.pointer}/${EXTRA_PROPERTY}`,
      keyword: "additionalProperties",
      severity: "info",
      apply: (body, value = DRIFT_SENTINEL) => {
        const target = object.key === undefined ? body : parentOf(body, object.parent)[object.key];
        (target as Record<string, unknown>)[EXTRA_PROPERTY] = value;
      },
    });
  return cases;
}

/** The property the `extra` drift adds. */
export const EXTRA_PROPERTY = "added_by_provider";

// A place whose declared schema is `T | null` (anyOf with a null branch) accepts null even though the
// branch chosen for its value does not.
function isNullable(place: Place, all: Place[]): boolean {
  const parent = all.find((candidate) => candidate.pointer === toPointer(place.parent));
  const declared = (parent?.schema.properties as Record<string, Schema> | undefined)?.[place.key as string];
  const branches = ((declared?.anyOf ?? declared?.oneOf) as Schema[] | undefined) ?? [];
  return branches.some((branch) => typesOf(branch).includes("null")) || typesOf(declared ?? {}).includes("null");
}

/** What a drifting server does to one operation: its cases to apply, or a status to answer instead. */
export interface Drifted {
  cases?: DriftCase[];
  /** Answer this status (with `body`) instead of the documented success. */
  status?: number;
  body?: unknown;
}

/**
 * A real HTTP server on 127.0.0.1 answering every operation of `document` under the path of its first
 * server URL: with the operation's documented success example, changed as `drift(operationId)` says.
 * Without `drift` it is faithful. Requests are recorded, as by {@link startTestServer}.
 */
export async function startSpecServer(
  document: OpenApiDocument,
  drift: (operationId: string) => Drifted | undefined = () => undefined,
): Promise<TestServer & { baseUrl: string }> {
  const prefix = new URL(document.servers?.[0]?.url ?? "http://x").pathname.replace(/\/$/, "");
  const routes = specOperations(document).map((operation) => ({
    operation,
    pattern: new RegExp(`^${prefix}${operation.path.replace(/\{[^}]+\}/g, "[^/]+")}(\\?.*)?$`),
  }));
  const server = await startTestServer((request): Reply => {
    const route = routes.find(
      ({ operation, pattern }) => operation.method === request.method && pattern.test(request.url),
    );
    if (!route) return { status: 404, body: { error: `no operation of the spec at ${request.method} ${request.url}` } };
    const { operation } = route;
    const change = drift(operation.operationId);
    if (change?.status !== undefined) return { status: change.status, body: change.body ?? {} };
    if (!operation.success) return { status: Number(operation.statuses[0] ?? 204) };
    const body = structuredClone(operation.success.body);
    for (const item of change?.cases ?? []) item.apply(body);
    return { status: operation.success.status, body };
  });
  return Object.assign(server, { baseUrl: server.url + prefix });
}
