import type { ProviderInfo } from "./options.js";

/**
 * `User-Agent` value naming the package `@specfirst/<id>` and its version, e.g. `specfirst-vpsbg/0.1.0`
 * (the scope's `@` and `/` are not allowed in a product token, RFC 9110 §10.1.5).
 */
export function userAgent(provider: ProviderInfo): string {
  return `specfirst-${provider.id}/${provider.version}`;
}

/**
 * Browsers manage `User-Agent` themselves, and a custom one would add a CORS preflight to every call,
 * so it is only sent from servers and edge runtimes (Node, Deno, Bun, workers without a DOM).
 */
export function runsInBrowser(): boolean {
  return "document" in globalThis || "importScripts" in globalThis;
}
