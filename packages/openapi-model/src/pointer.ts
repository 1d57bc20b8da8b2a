/**
 * JSON Pointers (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901): `/paths/~1orders~1{id}/get` names
 * the `get` of the `/orders/{id}` path item. Specs address their parts with them (`$ref`s), and drift
 * reports, mock errors and the contract report locate a value with them.
 */

/** One pointer segment escaped: `~` → `~0`, then `/` → `~1`. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** One pointer segment unescaped: `~1` → `/`, then `~0` → `~`. */
export function unescapeSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The pointer of `segments`: `["paths", "/orders", "get"]` → `/paths/~1orders/get`; `[]` → `""` (the whole value). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join("");
}

/**
 * The segments of `pointer`, unescaped: `/items/0/id` → `["items", "0", "id"]`; `""` → `[]`. A URI
 * fragment (`#/components/schemas/Order`, percent-encoded) is read too.
 * @throws Error when `pointer` is neither empty nor starts with `/` (after an optional `#`).
 */
export function fromPointer(pointer: string): string[] {
  const fragment = pointer.startsWith("#");
  const path = fragment ? pointer.slice(1) : pointer;
  if (path === "") return [];
  if (!path.startsWith("/")) throw new Error(`"${pointer}" is not a JSON Pointer: it must start with "/" (or "#/")`);
  return path
    .slice(1)
    .split("/")
    .map((segment) => unescapeSegment(fragment ? decodeFragment(segment) : segment));
}

/** A URI fragment's percent-encoding undone; text that is not valid percent-encoding stays as it is. */
function decodeFragment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The value `pointer` names inside `value`, or `undefined` when there is none. */
export function valueAt(value: unknown, pointer: string | readonly string[]): unknown {
  const segments = typeof pointer === "string" ? fromPointer(pointer) : pointer;
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The URI fragment of `segments`, as a `$ref` or a schema id takes it: each segment escaped, then
 * percent-encoded (`["paths", "/orders/{id}"]` → `#/paths/~1orders~1%7Bid%7D`).
 */
export function toFragment(segments: readonly (string | number)[]): string {
  return `#${segments.map((segment) => `/${encodeURIComponent(escapeSegment(segment))}`).join("")}`;
}
