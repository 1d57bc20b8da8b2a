// Generated from @specfirst/spec-novaproxy (specs/novaproxy/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.

/** Version of the API document (info.version). */
export const specVersion = "2026-11-20";

/** The spec's servers, in order; the first is the default base URL. `unverified`: not documented by the provider. */
export const servers = [
  {
    "url": "https://api.novaproxy.io",
    "unverified": true
  }
] as const;
