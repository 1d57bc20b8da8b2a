/**
 * How the spec serializes one parameter (OpenAPI `style` and `explode`), recorded by `generate` only for
 * parameters whose schema allows an array or an object, or whose style is not the default.
 */
export interface ParameterStyle {
  /** `simple`, `label`, `matrix` (path); `form`, `spaceDelimited`, `pipeDelimited`, `deepObject` (query). */
  style?: string;
  /** Default: `true` for `form`, else `false`. */
  explode?: boolean;
  /** The schema allows an array. */
  array?: true;
  /** The schema allows an object (only then is an object value accepted). */
  object?: true;
}

/** What the runtime needs to know of one operation beyond its types. */
export interface OperationInfo {
  path?: Record<string, ParameterStyle>;
  query?: Record<string, ParameterStyle>;
  /** The request body's media type when the operation accepts no JSON: the runtime serializes an object to it. */
  body?: "application/x-www-form-urlencoded" | "multipart/form-data";
}

/** Operations by `"<METHOD> <path template>"`, e.g. `"GET /orders/{id}"`; generated from the spec. */
export type OperationTable = Record<string, OperationInfo>;

const enc = encodeURIComponent;

function fail(where: string, name: string, problem: string): never {
  throw new TypeError(`${where} parameter "${name}" ${problem}`);
}

/** `value` as text when it is a string, a finite number, a boolean or a bigint; fails otherwise. */
function scalar(where: string, name: string, value: unknown, booleans: boolean): string {
  const type = typeof value;
  if (
    type === "string" ||
    type === "bigint" ||
    (type === "number" && Number.isFinite(value)) ||
    (booleans && type === "boolean")
  ) {
    return String(value);
  }
  return fail(
    where,
    name,
    `must be a string, a finite number${booleans ? ", a boolean" : ""} or a bigint; got ${type === "number" ? value : value === null ? "null" : type}`,
  );
}

/** The [key, value] pairs of an object or array value, each value a scalar. */
function entries(where: string, name: string, value: object, style: ParameterStyle): [string, string][] {
  const isArray = Array.isArray(value);
  if (isArray ? !style.array : !style.object) {
    fail(where, name, `must be a single value: the spec does not declare it as ${isArray ? "an array" : "an object"}`);
  }
  return Object.entries(value).map(([key, item]) => [key, scalar(where, `${name}.${key}`, item, true)]);
}

/**
 * Fills a path template: each value percent-encoded, so nothing a value contains can change the path.
 * Refuses (with a `TypeError` naming the parameter, before anything is sent) a missing or empty value, `.`
 * or `..` (which URL parsing resolves away even when encoded), and an array or object unless the spec's
 * `style`/`explode` allows one.
 */
export function fillPath(
  template: string,
  values: Record<string, unknown> | undefined,
  styles: Record<string, ParameterStyle> = {},
): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = values?.[name];
    const style = styles[name] ?? {};
    const { style: kind = "simple", explode = false } = style;
    const prefix = kind === "label" ? "." : kind === "matrix" ? `;${enc(name)}=` : "";
    if (value !== null && typeof value === "object") {
      const pairs = entries("path", name, value, style);
      if (pairs.length === 0) fail("path", name, "is empty");
      const isArray = Array.isArray(value);
      const joiner = explode ? (kind === "label" ? "." : kind === "matrix" ? ";" : ",") : ",";
      const parts = pairs.map(([key, item]) =>
        isArray
          ? explode && kind === "matrix"
            ? `${enc(name)}=${enc(item)}`
            : enc(item)
          : explode
            ? `${enc(key)}=${enc(item)}`
            : `${enc(key)},${enc(item)}`,
      );
      return (explode && kind === "matrix" ? ";" : prefix) + parts.join(joiner);
    }
    const text = scalar("path", name, value, false);
    if (/^\.{0,2}$/.test(text)) fail("path", name, `must be an id; got ${JSON.stringify(text)}`);
    return prefix + enc(text);
  });
}

/**
 * The query string (without `?`) of `values`: keys and values always percent-encoded, `undefined` and
 * `null` left out, arrays and objects serialized by their spec `style`/`explode` (default `form`,
 * exploded), an object only where the spec declares one.
 */
export function buildQuery(
  values: Record<string, unknown> | undefined,
  styles: Record<string, ParameterStyle> = {},
): string {
  const parts: string[] = [];
  for (const name in values) {
    const value = values[name];
    if (value === undefined || value === null) continue;
    const style = styles[name] ?? { array: true };
    if (typeof value !== "object") {
      parts.push(`${enc(name)}=${enc(scalar("query", name, value, true))}`);
      continue;
    }
    const pairs = entries("query", name, value, style);
    const {
      style: kind = Array.isArray(value) ? "form" : "deepObject",
      explode = kind === "form" || kind === "deepObject",
    } = style;
    if (kind === "deepObject") {
      for (const [key, item] of pairs) parts.push(`${enc(`${name}[${key}]`)}=${enc(item)}`);
    } else if (!explode || kind !== "form") {
      const joiner = kind === "spaceDelimited" ? "%20" : kind === "pipeDelimited" ? "%7C" : ",";
      const items = Array.isArray(value)
        ? pairs.map(([, item]) => enc(item))
        : pairs.flatMap(([key, item]) => [enc(key), enc(item)]);
      parts.push(`${enc(name)}=${items.join(joiner)}`);
    } else {
      for (const [key, item] of pairs) parts.push(`${enc(Array.isArray(value) ? name : key)}=${enc(item)}`);
    }
  }
  return parts.join("&");
}
