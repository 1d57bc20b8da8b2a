// Generated from @specfirst/spec-vpsbg (specs/vpsbg/openapi.yaml)
// by scripts/generate-client.mjs. Do not edit: change the spec and run `pnpm generate`.

import { formBody, type OperationTable } from "@specfirst/core";

/** The spec's server URLs by name (`x-speakeasy-server-id`, else `default`); the first is the default base URL. */
export const servers = {
  "default": "https://api.vpsbg.eu/v1"
} as const;

/**
 * Operations whose parameters or request body are not serialized by the runtime's defaults (a single
 * value per parameter, arrays as repeated query fields, JSON bodies), by `"<METHOD> <path>"`.
 */
export const operationTable: OperationTable = {
  "POST /support/tickets": { body: formBody("multipart/form-data") },
  "POST /support/tickets/{id}/messages": { body: formBody("multipart/form-data") },
};
