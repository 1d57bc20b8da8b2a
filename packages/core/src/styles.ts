import { badParameter, encode, type ParameterSerializer, scalar } from "./operations.js";

/** The [key, value] pairs of an array or object value, each value a single value; fails for what the spec does not allow. */
function pairs(where: string, name: string, value: unknown, kinds: string): [string, string][] {
  const kind = Array.isArray(value) ? "array" : isPlainValue(value) ? "value" : "object";
  if (!kinds.includes(kind))
    badParameter(
      where,
      name,
      `must be ${kinds.replace(",", " or ")}; got ${kind === "value" ? typeof value : `an ${kind}`}`,
    );
  return kind === "value"
    ? [["", encode(scalar(where, name, value))]]
    : // An array item or object member left undefined is left out, as an optional property is.
      Object.entries(value as object)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [encode(key), encode(scalar(where, `${name}.${key}`, item))]);
}

/**
 * The serializer of a path parameter with OpenAPI `style` `simple`, `label` or `matrix` and `explode`;
 * `kinds` lists what the schema allows: `"value"`, `"array"`, `"object"` (comma-separated). Every key
 * and value is percent-encoded; used by generated operation tables.
 */
export function pathStyle(style: "simple" | "label" | "matrix", explode: boolean, kinds: string): ParameterSerializer {
  return (name, value) => {
    const list = pairs("path", name, value, kinds);
    if (list.length === 0 || list.some(([, item]) => /^\.{0,2}$/.test(item)))
      badParameter("path", name, "must not be empty, . or ..");
    const isObject = isPlainValue(value) === false && !Array.isArray(value);
    const items = list.map(([key, item]) => (isObject ? `${key}${explode ? "=" : ","}${item}` : item));
    const key = encode(name);
    if (style === "simple") return items.join(",");
    if (style === "label") return `.${items.join(explode ? "." : ",")}`;
    if (!explode) return `;${key}=${items.join(",")}`;
    return isObject ? `;${items.join(";")}` : items.map((item) => `;${key}=${item}`).join("");
  };
}

/**
 * The serializer of a query parameter with OpenAPI `style` `form`, `spaceDelimited`, `pipeDelimited`
 * or `deepObject` and `explode`; `kinds` as for {@link pathStyle}. Keys (`name[key]` included) and values
 * are percent-encoded; used by generated operation tables.
 */
export function queryStyle(
  style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject",
  explode: boolean,
  kinds: string,
): ParameterSerializer {
  return (name, value) => {
    const list = pairs("query", name, value, kinds);
    const key = encode(name);
    if (isPlainValue(value)) return `${key}=${list[0]?.[1]}`;
    const isObject = !Array.isArray(value);
    if (style === "deepObject")
      return list.map(([k, item]) => `${encode(`${name}[`)}${k}${encode("]")}=${item}`).join("&");
    if (explode && style === "form") return list.map(([k, item]) => `${isObject ? k : key}=${item}`).join("&");
    const joiner = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "%7C" : ",";
    return `${key}=${list.flatMap(([k, item]) => (isObject ? [k, item] : [item])).join(joiner)}`;
  };
}

function isPlainValue(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

/**
 * Turns a plain object into the form an operation accepts where its spec has no JSON request body:
 * arrays repeat their field, a `Blob` is a file part (a form-urlencoded body refuses one with a `TypeError`),
 * a `Date` its ISO 8601 text, a nested object is sent as JSON text, `undefined`
 * and `null` are left out. Used by generated operation tables.
 */
export function formBody(type: "multipart/form-data" | "application/x-www-form-urlencoded") {
  return (body: Record<string, unknown>): FormData | URLSearchParams => {
    const form = type === "multipart/form-data" ? new FormData() : new URLSearchParams();
    for (const [name, value] of Object.entries(body)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === undefined || item === null) continue;
        if (item instanceof Blob) {
          if (form instanceof URLSearchParams)
            throw new TypeError(`body field "${name}" is a Blob, which a form-urlencoded body cannot carry`);
          form.append(name, item);
        } else
          form.append(
            name,
            item instanceof Date ? item.toISOString() : typeof item === "object" ? JSON.stringify(item) : String(item),
          );
      }
    }
    return form;
  };
}
