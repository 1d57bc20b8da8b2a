import type { HeadersOptions } from "./options.js";

const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
// A header value: no control characters but tab, nothing beyond Latin-1 (what fetch can put on the wire).
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The `[name, value]` entries of headers in any of openapi-fetch's forms (an object, a `Headers`, pairs). */
function entriesOf(headers: HeadersOptions): Iterable<[string, unknown]> {
  // Any Headers implementation (undici's package, a polyfill) has entries(); a plain object does not.
  if (Array.isArray(headers)) return headers as [string, unknown][];
  return typeof headers.entries === "function" ? (headers as Headers).entries() : Object.entries(headers);
}

/**
 * Checks that every header can be sent, before anything is: a `TypeError` naming the header (never
 * quoting its value, which may be a secret) instead of a `Headers` error that names neither.
 */
export function checkHeaders(headers: HeadersOptions | undefined): void {
  if (!headers) return;
  for (const [name, value] of entriesOf(headers)) {
    if (!TOKEN.test(name)) throw new TypeError(`${JSON.stringify(name)} is not a valid header name`);
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item != null && !VALUE.test(String(item))) {
        throw new TypeError(
          `header "${name}" has a value that cannot be sent: it contains a line break, a control or a non-Latin-1 character`,
        );
      }
    }
  }
}

/**
 * `over` laid over `base` as one object openapi-fetch merges in order (later wins; `null` removes, an
 * array appends). Names keep their case: `Headers` compares them without it.
 */
export function layer(
  base: Record<string, unknown>,
  over: HeadersOptions | undefined,
): Record<string, string | string[] | null> {
  const layered = { ...base } as Record<string, string | string[] | null>;
  if (over) for (const [name, value] of entriesOf(over)) if (value !== undefined) layered[name] = value as string;
  return layered;
}
