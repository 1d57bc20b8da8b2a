/**
 * Serializes one parameter the way its spec's `style`/`explode` says (see `pathStyle`, `queryStyle`):
 * the whole path segment, or the whole `name=value` part of the query (`""` for none). Generated
 * tables hold one only for parameters that are not a single value in the default style.
 */
export type ParameterSerializer = (name: string, value: unknown) => string;

/** What the runtime needs to know of one operation beyond its types; generated from the spec. */
export interface OperationInfo {
  path?: Record<string, ParameterSerializer>;
  query?: Record<string, ParameterSerializer>;
  /** Where the spec accepts no JSON body but a form: turns a plain object into that form (see `formBody`). */
  body?: (value: Record<string, unknown>) => FormData | URLSearchParams;
}

/** Operations by `"<METHOD> <path template>"`, e.g. `"GET /orders/{id}"`. */
export type OperationTable = Record<string, OperationInfo>;

/** `encodeURIComponent`: every parameter key and value goes through it. */
export const encode: (text: string) => string = encodeURIComponent;

/** Throws the `TypeError` for a parameter value the spec does not allow. */
export function badParameter(where: string, name: string, problem: string): never {
  throw new TypeError(`${where} parameter "${name}" ${problem}`);
}

/**
 * `value` as text when it is a string, a finite number, a bigint or (outside paths) a boolean; anything
 * else fails, so an object or array cannot smuggle structure into a URL.
 */
export function scalar(where: string, name: string, value: unknown): string {
  const type = typeof value;
  const allowed =
    type === "string" ||
    type === "bigint" ||
    (type === "number" && Number.isFinite(value)) ||
    (type === "boolean" && where !== "path");
  if (!allowed) {
    const got = value === null ? "null" : type === "number" ? value : type;
    badParameter(
      where,
      name,
      `must be a single value (a string, a finite number${where === "path" ? "" : ", a boolean"} or a bigint); got ${got}`,
    );
  }
  const text = String(value);
  // encodeURIComponent would throw a URIError naming nothing.
  return LONE_SURROGATE.test(text) ? badParameter(where, name, "is not well-formed UTF-16 (a lone surrogate)") : text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Fills a path template, each value percent-encoded so nothing it contains can change the path.
 * Refuses (a `TypeError` naming the parameter, before anything is sent) a missing or empty value, `.`
 * and `..` (which URL parsing resolves away even when encoded), and an array or object unless the spec
 * says how to serialize one.
 */
export function fillPath(
  template: string,
  values: Record<string, unknown> = {},
  styles: OperationInfo["path"] = {},
): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const styled = Object.hasOwn(styles, name) ? styles[name] : undefined;
    if (styled) return styled(name, values[name]);
    const text = scalar("path", name, values[name]);
    return /^\.{0,2}$/.test(text)
      ? badParameter("path", name, `must be an id; got ${JSON.stringify(text)}`)
      : encode(text);
  });
}

/**
 * The query string (without `?`): keys and values always percent-encoded, `undefined` and `null` left
 * out, an array as repeated `name=value` (OpenAPI's default `form`, exploded), other styles and objects
 * only as the spec declares them.
 */
export function buildQuery(values: Record<string, unknown> = {}, styles: OperationInfo["query"] = {}): string {
  const parts: string[] = [];
  for (const name in values) {
    const value = values[name];
    const styled = Object.hasOwn(styles, name) ? styles[name] : undefined;
    if (value === undefined || value === null) continue;
    if (styled) parts.push(styled(name, value));
    else
      for (const item of Array.isArray(value) ? value : [value])
        parts.push(`${encode(name)}=${encode(scalar("query", name, item))}`);
  }
  return parts.filter(Boolean).join("&");
}
