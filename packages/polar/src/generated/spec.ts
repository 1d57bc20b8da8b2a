// Generated from @specfirst/spec-polar (specs/polar/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.

/** Version of the API document (info.version). */
export const specVersion = "0.1.0";

/** The spec's servers, in order; the first is the default base URL. `unverified`: not documented by the provider. */
export const servers = [
  {
    "url": "https://api.polar.sh",
    "id": "production"
  },
  {
    "url": "https://sandbox-api.polar.sh",
    "id": "sandbox"
  }
] as const;
