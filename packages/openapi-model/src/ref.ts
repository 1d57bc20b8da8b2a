/** `$ref`s of a bundled document: every one local (`#/components/...`), as Redocly's `bundle` writes them. */
import type { Reference } from "./document.js";
import { valueAt } from "./pointer.js";

/** Whether `node` is a Reference Object (has a string `$ref`). */
export function isReference(node: unknown): node is Reference {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

/**
 * `node` itself, or what its `$ref` points at inside `document`, followed until it is no reference;
 * `undefined` stays `undefined`.
 * @throws Error when a `$ref` is not local (read the bundled `dist/openapi.json`, not the split YAML),
 * points at nothing, or the references go round in a circle.
 */
export function resolveRef<T>(document: object, node: T | Reference): T;
export function resolveRef<T>(document: object, node: T | Reference | undefined): T | undefined;
export function resolveRef<T>(document: object, node: T | Reference | undefined): T | undefined {
  let current: unknown = node;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (!ref.startsWith("#")) {
      throw new Error(`$ref "${ref}" is not local: read the bundled document (dist/openapi.json), whose $refs all are`);
    }
    if (seen.has(ref)) throw new Error(`$ref "${ref}" goes round in a circle of references`);
    seen.add(ref);
    const target = valueAt(document, ref);
    if (target === undefined) throw new Error(`$ref "${ref}" points at nothing in the document`);
    current = target;
  }
  return current as T | undefined;
}
