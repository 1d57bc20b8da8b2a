// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.

/** The spec's server URLs by name (`x-speakeasy-server-id`, else `default`); the first is the default base URL. */
export const servers = {
  "default": "https://api.vpsbg.eu/v1"
} as const;
