/**
 * `@specfirst/core`: the runtime shared by every `@specfirst/<provider>` client. Provider packages call
 * {@link createApiClient}; applications use the provider packages and the types re-exported here.
 *
 * @packageDocumentation
 */
export { type ApiClient, createApiClient } from "./client.js";
export type { ClientOptions, ProviderInfo, TokenSource } from "./options.js";
export { safePathSerializer } from "./path.js";
export { runsInBrowser, userAgent } from "./user-agent.js";
