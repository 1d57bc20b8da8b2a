/**
 * The bearer credential: the token itself, or a function that returns it (sync or async). A function is
 * called before every request, so a token refreshed elsewhere is picked up without a new client.
 */
export type TokenSource = string | (() => string | Promise<string>);

/** Options every `create<Provider>Client()` accepts. */
export interface ClientOptions {
  /**
   * Absolute URL every path is appended to, including any path prefix (VPSBG: `https://api.vpsbg.eu/v1`).
   * Default: the first server of the provider's spec. Point it at a mock server in tests.
   */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer <token>`; omit it to send no `Authorization` header. */
  token?: TokenSource;
  /** Headers added to every request; they override the provider's defaults (for example `Accept`). */
  headers?: Record<string, string>;
  /** A `fetch` implementation to use instead of `globalThis.fetch` (for instrumentation or tests). */
  fetch?: (input: Request) => Promise<Response>;
}

/** What a provider package tells the runtime about itself; users never build one. */
export interface ProviderInfo {
  /** Short provider id, e.g. `"vpsbg"`. */
  id: string;
  /** npm package name, e.g. `"@specfirst/vpsbg"`. */
  packageName: string;
  /** npm package version, e.g. `"0.1.0"`. */
  version: string;
  /** Used when the caller gives no `baseUrl`: the spec's server URL. */
  defaultBaseUrl: string;
  /** Headers the provider requires on every request (VPSBG: `Accept: application/json`). */
  defaultHeaders?: Record<string, string>;
}
