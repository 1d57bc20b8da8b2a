import type { ProviderInfo } from "./options.js";

/**
 * `User-Agent` value naming the package `@specfirst/<id>` and its version, e.g. `specfirst-vpsbg/0.1.0`
 * (the scope's `@` and `/` are not allowed in a product token, RFC 9110 §10.1.5).
 */
export function userAgent(provider: ProviderInfo): string {
  return `specfirst-${provider.id}/${provider.version}`;
}

/**
 * Whether this is a browser (a page or one of its workers), where `fetch` manages `User-Agent`, a custom
 * one would add a CORS preflight, and redirects cannot be followed by hand. A page has a `document`; a
 * browser's worker has none, but its `navigator.userAgent` starts with `Mozilla/`, which Node
 * (`Node.js/…`), Deno, Bun and Cloudflare Workers (`Cloudflare-Workers`) do not send, so those count as
 * servers even when they define worker globals such as `importScripts`.
 */
export function runsInBrowser(): boolean {
  return "document" in globalThis || /^Mozilla\//.test(globalThis.navigator?.userAgent ?? "");
}
