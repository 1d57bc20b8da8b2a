// Where `pnpm docs:serve` serves a provider's mock, relative to the site's root: `mock/<slug>` and the
// path of the spec's first server (`mock/vpsbg/v1`), so a request's path below it is the API's own.

/** `mock/<slug><server path>`, without a trailing slash. */
export function mockPath(slug, document) {
  const basePath = new URL(document.servers?.[0]?.url ?? "http://localhost").pathname.replace(/\/$/, "");
  return `mock/${slug}${basePath}`;
}
