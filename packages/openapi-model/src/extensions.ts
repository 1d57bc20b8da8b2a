/**
 * The readers of specfirst's specification extensions, so that each means one thing everywhere:
 * - `x-unverified: true` on any object: the provider's docs do not state this fact; the spec assumes it
 *   (its `description` says what). Samples, MCP tools and the contract run say so.
 * - `x-validation-error` at the root: how the provider answers an invalid request (the mocks copy it).
 * - `x-speakeasy-server-id` on a server: its short name (Polar's `production`, `sandbox`), as Polar's
 *   own specs name them.
 */
import type { OpenApiDocument, Server } from "./document.js";
import { toPointer } from "./pointer.js";

/** Whether the spec marks `node` `x-unverified: true`. */
export function isUnverified(node: unknown): boolean {
  return typeof node === "object" && node !== null && (node as Record<string, unknown>)["x-unverified"] === true;
}

/** An object of the document marked `x-unverified`, with its JSON Pointer. */
export interface UnverifiedNode {
  readonly pointer: string;
  readonly node: Readonly<Record<string, unknown>>;
}

/** Every object of `document` marked `x-unverified: true`, depth first in document order. */
export function unverifiedNodes(document: OpenApiDocument): UnverifiedNode[] {
  const found: UnverifiedNode[] = [];
  const visit = (node: unknown, segments: string[]) => {
    if (node === null || typeof node !== "object") return;
    if (isUnverified(node)) found.push({ pointer: toPointer(segments), node: node as Record<string, unknown> });
    for (const [key, value] of Object.entries(node)) visit(value, [...segments, key]);
  };
  visit(document, []);
  return found;
}

/** The styles of validation error the mocks can answer in (see `@specfirst/mock`'s `ValidationErrorStyle`). */
export const VALIDATION_ERROR_STYLES = ["fastapi", "laravel", "problem"] as const;

/** How a provider answers a request that breaks its spec. */
export interface ValidationError {
  readonly status: number;
  readonly style: (typeof VALIDATION_ERROR_STYLES)[number];
  /** `fastapi` only: the value of a top-level `error` key, as Polar sends `RequestValidationError`. */
  readonly name?: string;
}

/** What a spec that says nothing is assumed to answer: RFC 9457 problem details with 422. */
const DEFAULT_VALIDATION_ERROR: ValidationError = { status: 422, style: "problem" };

/**
 * The document's `x-validation-error`, or the default (`{ status: 422, style: "problem" }`).
 * @throws Error when it is set but is not `{ status: <integer>, style: fastapi | laravel | problem, name?: string }`.
 */
export function validationError(document: OpenApiDocument): ValidationError {
  const declared = document["x-validation-error"];
  if (declared === undefined) return DEFAULT_VALIDATION_ERROR;
  const { status, style, name } = (declared ?? {}) as Record<string, unknown>;
  if (
    !Number.isInteger(status) ||
    !VALIDATION_ERROR_STYLES.includes(style as ValidationError["style"]) ||
    (name !== undefined && typeof name !== "string")
  ) {
    throw new Error(
      `x-validation-error must be { status: <integer>, style: ${VALIDATION_ERROR_STYLES.join(" | ")}, name?: <string> } (got ${JSON.stringify(declared)})`,
    );
  }
  return {
    status: status as number,
    style: style as ValidationError["style"],
    ...(name === undefined ? {} : { name: name as string }),
  };
}

/** A server's short name: its `x-speakeasy-server-id`, else `default`. */
export function serverId(server: Server): string {
  const id = server["x-speakeasy-server-id"];
  return typeof id === "string" ? id : "default";
}

/** A group of tags as `x-tagGroups` nests them (Redocly's and Scalar's extension): `Servers` › `Scale`, `Addons`. */
export interface TagGroup {
  name: string;
  tags: string[];
}

/**
 * The document's `x-tagGroups`, or none when it has none.
 * @throws Error when `x-tagGroups` is not a list of `{ name: <string>, tags: [<string>, …] }`.
 */
export function tagGroups(document: OpenApiDocument): TagGroup[] {
  const declared = document["x-tagGroups"];
  if (declared === undefined) return [];
  const valid =
    Array.isArray(declared) &&
    declared.every(
      (group) =>
        typeof group?.name === "string" &&
        Array.isArray(group.tags) &&
        group.tags.every((tag: unknown) => typeof tag === "string"),
    );
  if (!valid)
    throw new Error(
      `x-tagGroups must be [{ name: <string>, tags: [<string>, …] }, …] (got ${JSON.stringify(declared)})`,
    );
  return (declared as TagGroup[]).map(({ name, tags }) => ({ name, tags: [...tags] }));
}
