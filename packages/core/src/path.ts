import { defaultPathSerializer } from "openapi-fetch";

/**
 * Fills a path template like openapi-fetch does (each value percent-encoded, so `a/b` stays one
 * segment), but refuses values that would send the request to another resource: a missing or empty
 * value (`/orders/` instead of `/orders/{id}`), or `.` / `..`, which URL parsing resolves away even when
 * percent-encoded (`/orders/..` is `/`).
 *
 * @throws TypeError naming the parameter and the path template.
 */
export function safePathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const [, rawName = ""] of pathname.matchAll(/\{([^{}]+)\}/g)) {
    const name = rawName.replace(/^[.;]/, "").replace(/\*$/, "");
    const value = pathParams?.[name];
    const text = value === undefined || value === null ? "" : String(value);
    if (text === "" || text === "." || text === "..") {
      const got = value === undefined || value === null ? String(value) : JSON.stringify(text);
      throw new TypeError(`path parameter "${name}" is ${got}; pass the resource's id (${pathname}).`);
    }
  }
  return defaultPathSerializer(pathname, pathParams);
}
