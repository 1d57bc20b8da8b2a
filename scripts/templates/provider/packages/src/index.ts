/**
 * `@specfirst/__slug__`: a typed client for the __Title__ API, generated from the hand-written
 * OpenAPI 3.1 document in `specs/__slug__`.
 *
 * @packageDocumentation
 */
import { type ApiClient, type ClientOptions, createApiClient } from "@specfirst/core";
import { version } from "../package.json";
import type { components, operations, paths } from "./generated/openapi.js";
import { operationTable, servers } from "./generated/spec.js";

// The shared runtime contract (errors, unwrap, option and result types) is part of every client package.
export * from "@specfirst/core";
export type { components, operations, paths };

/** The scaffold's example object: `{ id, name }`. */
export type Example = components["schemas"]["Example"];

/** Base URL used when none is given: the spec's first server. */
export const __CONST___DEFAULT_BASE_URL: string = servers.default;

/** The typed __Title__ client: one method per HTTP method of the spec's paths, returning `{ data, error, response }`. */
export type __Pascal__Client = ApiClient<paths>;

/**
 * Creates a __Title__ client.
 *
 * @param options - `token` (sent as `Authorization: Bearer <token>`), `baseUrl` (default
 *   {@link __CONST___DEFAULT_BASE_URL}), `headers`, `fetch`, `timeout` (ms), `maxRetries`.
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL.
 * @example
 * const client = create__Pascal__Client({ token: process.env.__CONST___TOKEN });
 * const { data } = await client.GET("/example");
 */
export function create__Pascal__Client(options: ClientOptions = {}): __Pascal__Client {
  return createApiClient<paths>(
    { id: "__slug__", version, defaultBaseUrl: __CONST___DEFAULT_BASE_URL, operations: operationTable },
    options,
  );
}
