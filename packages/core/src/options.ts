import type { RetryEvent } from "./transport.js";

/**
 * The bearer credential: the token itself, or a function that returns it (sync or async). A function is
 * called before every request, so a token refreshed elsewhere is picked up without a new client.
 */
export type TokenSource = string | (() => string | Promise<string>);

/** Per-call overrides, accepted by every method next to `params`, `body`, `headers` and `signal`. */
export interface CallOptions {
  /** Milliseconds one attempt may take, response body included; default: the client's (30 000). */
  timeout?: number;
  /** Retries after the first attempt; default: the client's (2). See {@link ClientOptions.maxRetries}. */
  maxRetries?: number;
}

/** A `Deprecation` or `Sunset` header seen on a response; reported once per operation and client. */
export interface DeprecationWarning {
  provider: string;
  /** HTTP method and path template, e.g. `"GET /orders"`. */
  operation: string;
  /** The `Deprecation` header (a date or `true`), or `null` when not sent. */
  deprecation: string | null;
  /** The `Sunset` header (an HTTP date after which the endpoint may stop working), or `null`. */
  sunset: string | null;
}

/** Options every `create<Provider>Client()` accepts. */
export interface ClientOptions extends CallOptions {
  /**
   * Absolute URL every path is appended to, including any path prefix (VPSBG: `https://api.vpsbg.eu/v1`).
   * Default: the first server of the provider's spec. Point it at a mock server in tests.
   */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer <token>`; omit it to send no `Authorization` header. */
  token?: TokenSource | undefined;
  /** Headers added to every request; they override the provider's defaults (for example `Accept`). */
  headers?: Record<string, string>;
  /** A `fetch` implementation to use instead of `globalThis.fetch` (for instrumentation or tests). */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Retries after the first attempt (default 2). GET, HEAD, OPTIONS, PUT and DELETE retry on connection
   * errors, timeouts, 408, 429, 500, 502, 503 and 504; POST and PATCH only on 429, so an order or a
   * payment is never sent twice. Waits follow `Retry-After` (up to 60 s) or exponential backoff with
   * full jitter (0.5 s base, 8 s cap).
   */
  maxRetries?: number;
  /** Called before every retry, with the reason and the wait in milliseconds. */
  onRetry?: (event: RetryEvent) => void;
  /** Called once per operation whose responses carry `Deprecation` or `Sunset`; default `console.warn`. */
  onDeprecation?: (warning: DeprecationWarning) => void;
}

/** What a provider package tells the runtime about itself; users never build one. */
export interface ProviderInfo {
  /** Short provider id, e.g. `"vpsbg"`; the package is `@specfirst/<id>`. */
  id: string;
  /** npm package version, e.g. `"0.1.0"`. */
  version: string;
  /** Used when the caller gives no `baseUrl`: the spec's server URL. */
  defaultBaseUrl: string;
  /** Headers the provider requires on every request (VPSBG: `Accept: application/json`). */
  defaultHeaders?: Record<string, string>;
  /** Response header carrying the provider's request id; default `x-request-id`. */
  requestIdHeader?: string;
}

/** Throws the `TypeError` for a bad option: which provider, what it must be, what was given. */
export function invalidOption(provider: string, requirement: string, given: unknown): never {
  throw new TypeError(`${provider}: ${requirement}; got ${JSON.stringify(given)}.`);
}
