import type { HeadersOptions } from "./options.js";

const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
// A header value: no control characters but tab, nothing beyond Latin-1 (what fetch can put on the wire).
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Adds `source` to `target` (lower-case names, later wins); a `null` or `undefined` value in an object
 * removes the header. Values are trimmed and stringified.
 *
 * @throws TypeError naming the header (never quoting its value, which may be a secret) when a name or
 *   value cannot be sent.
 */
export function addHeaders(
  target: Record<string, string>,
  source: HeadersOptions | Record<string, unknown> | undefined,
): Record<string, string> {
  if (!source) return target;
  // Any Headers implementation (undici's package, a polyfill) has entries(); a plain object does not.
  const pairs = Array.isArray(source)
    ? source
    : typeof source.entries === "function"
      ? (source as Headers).entries()
      : Object.entries(source);
  for (const [name, value] of pairs as Iterable<[string, unknown]>) {
    const key = name.toLowerCase();
    if (value === null || value === undefined) {
      delete target[key];
      continue;
    }
    const text = String(value).trim();
    if (!TOKEN.test(name) || !VALUE.test(text)) {
      throw new TypeError(
        TOKEN.test(name)
          ? `header "${name}" has a value that cannot be sent: it contains a line break, a control or a non-Latin-1 character`
          : `${JSON.stringify(name)} is not a valid header name`,
      );
    }
    target[key] = text;
  }
  return target;
}
