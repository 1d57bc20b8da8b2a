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
  // Template names may carry OpenAPI style marks: {.label}, {;matrix}, {exploded*}.
  for (const [, name = ""] of pathname.matchAll(/\{[.;]?([^{}*]+)\*?\}/g)) {
    const value = pathParams?.[name];
    if (/^\.{0,2}$/.test(String(value ?? ""))) {
      throw new TypeError(`path parameter "${name}" must be an id; got ${JSON.stringify(value)} (${pathname})`);
    }
  }
  return defaultPathSerializer(pathname, pathParams);
}
