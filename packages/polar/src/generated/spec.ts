// Generated from @specfirst/spec-polar (specs/polar/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.

/** The spec's server URLs by name (`x-speakeasy-server-id`, else `default`); the first is the default base URL. */
export const servers = {
  "production": "https://api.polar.sh",
  "sandbox": "https://sandbox-api.polar.sh"
} as const;
