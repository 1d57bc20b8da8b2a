import type {
  BodySerializer,
  HeadersOptions as FetchHeadersOptions,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from "openapi-fetch";
import type { DriftOptions, ResponseValidation } from "./drift.js";
import type { Middleware } from "./middleware.js";
import type { OperationTable } from "./operations.js";
import type { Redirect, RetryEvent } from "./transport.js";

/**
 * The bearer credential: the token itself, or a function that returns it (sync or async). A function is
 * called before every call (not every retry), so a token refreshed elsewhere is picked up without a new
 * client. It must be visible ASCII once trimmed (no spaces, quotes are fine).
 */
export type TokenSource = string | (() => string | Promise<string>);

/**
 * A `fetch` implementation: `globalThis.fetch`, undici's, or a wrapper of either. Called as openapi-fetch
 * calls it: `fetch(request, requestInitExt)`, with a `Request`, once per attempt and redirect.
 */
export type FetchLike = (input: Request, init?: Record<string, unknown>) => Promise<Response>;

/**
 * Headers as an object, a `Headers` or `[name, value]` pairs (openapi-fetch's `HeadersOptions`). In an
 * object, `null` removes a header set at a lower level (the provider's `Accept`, the `User-Agent`), an
 * array sends every value, and `undefined` changes nothing.
 */
export type HeadersOptions = FetchHeadersOptions;

type RequestInitFields = Omit<RequestInit, "body" | "headers" | "method" | "signal" | "window" | "redirect">;

/**
 * openapi-fetch's options, for a client or one call: `headers`, `fetch`, `Request`, the serializers,
 * `requestInitExt`, and every `RequestInit` field (`credentials`, `cache`, `keepalive`, `mode`, …).
 */
export type FetchOptions = { [K in keyof RequestInitFields]?: RequestInitFields[K] | undefined } & {
  /** Headers of every request (of this call); they override the provider's defaults (for example `Accept`). */
  headers?: HeadersOptions | undefined;
  /**
   * A `fetch` to use instead of `globalThis.fetch` (for instrumentation, a proxy agent or tests): called
   * with a `Request` on every attempt and redirect.
   */
  fetch?: FetchLike | undefined;
  /** The `Request` class requests are made with (default `globalThis.Request`). */
  Request?: typeof Request | undefined;
  /** Base URL of this call, checked like the client's. */
  baseUrl?: string | undefined;
  /**
   * How the query string is made: a function, or openapi-fetch's options (`array`, `object`,
   * `allowReserved`). Default: the spec's `style` and `explode` for each parameter.
   */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions | undefined;
  /** How the request body is made. Default: see the README ("Bodies"). */
  bodySerializer?: BodySerializer<unknown> | undefined;
  /** How path parameters fill the path (given the base URL and path). Default: the spec's styles. */
  pathSerializer?: PathSerializer | undefined;
  /**
   * `follow` (default: followed by the runtime outside browsers, see the README), `manual` or `error`
   * (the 3xx is the result, a failure).
   */
  redirect?: Redirect | undefined;
  /** Passed as `fetch`'s second argument on Node (undici's `dispatcher`, a proxy agent). */
  requestInitExt?: Record<string, unknown> | undefined;
  /** undici's `Dispatcher` (a proxy agent, a connection pool); Node only. */
  dispatcher?: unknown;
};

/** Per-call overrides, accepted by every method next to `params`, `body`, `headers` and `signal`. */
export interface CallOptions {
  /**
   * Milliseconds one attempt may take, response body included (redirects too); default: the client's
   * (30 000). A positive number up to 2^31−1, or `Infinity` for no limit.
   */
  timeout?: number | undefined;
  /** Retries after the first attempt; default: the client's (2). See {@link ClientOptions.maxRetries}. */
  maxRetries?: number | undefined;
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

/** Options every `create<Provider>Client()` accepts. Each may be given as `undefined` to mean "default". */
export interface ClientOptions extends CallOptions, DriftOptions, FetchOptions {
  /**
   * Absolute http(s) URL every path is appended to, including any path prefix (VPSBG:
   * `https://api.vpsbg.eu/v1`). Default: the first server of the provider's spec. Point it at a mock
   * server in tests.
   */
  baseUrl?: string | undefined;
  /** Sent as `Authorization: Bearer <token>`; omit it to send no `Authorization` header. */
  token?: TokenSource | undefined;
  /**
   * Names of further request headers that carry secrets (beyond `Authorization`, `Cookie`,
   * `Proxy-Authorization` and `X-Api-Key`): their values are redacted from errors and events, and they
   * are not sent on when a redirect leaves the origin.
   */
  secretHeaders?: readonly string[] | undefined;
  /**
   * Retries after the first attempt (default 2). GET, HEAD, OPTIONS, TRACE, PUT and DELETE retry on connection
   * errors, timeouts, 408, 429, 500, 502, 503 and 504; POST and PATCH only on 429, so an order or a
   * payment is never sent twice. Waits follow `Retry-After` (a longer wait than 60 s is not taken: the
   * response is returned) or exponential backoff with full jitter (0.5 s base, 8 s cap).
   */
  maxRetries?: number | undefined;
  /** Called before every retry, with the reason and the wait in milliseconds. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Called once per operation whose responses carry `Deprecation` or `Sunset`; default `console.warn`. */
  onDeprecation?: ((warning: DeprecationWarning) => void) | undefined;
  /** Middleware run on every attempt of every call (see `client.use()`). */
  middleware?: Middleware[] | undefined;
  /**
   * Validates every response body against the schema of its status: `validators` from
   * `@specfirst/<provider>/validate` (or `validateResponses({ ... })` for some operations). Drifts go to
   * `onDrift`; with `throwOnDrift` they fail the call. Off by default: without it nothing is validated,
   * and a program that never imports `/validate` bundles none of it.
   */
  validate?: ResponseValidation | undefined;
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
  defaultHeaders?: Record<string, string> | undefined;
  /** Response header carrying the provider's request id; default `x-request-id`. */
  requestIdHeader?: string | undefined;
  /** How the spec serializes parameters and request bodies where it differs from the defaults (generated). */
  operations?: OperationTable | undefined;
}

/** Throws the `TypeError` for a bad option: which provider, what it must be, what was given. */
export function invalidOption(provider: string, requirement: string, given: unknown): never {
  throw new TypeError(`${provider}: ${requirement}; got ${describe(given)}.`);
}

function describe(value: unknown): string {
  return typeof value === "number" || typeof value === "bigint"
    ? String(value)
    : (JSON.stringify(value) ?? typeof value);
}

// setTimeout fires at once for a delay of 2^31 ms or more.
const MAX_TIMEOUT = 2 ** 31 - 1;

/** `timeout`, checked: a positive number of milliseconds up to 2^31−1, or `Infinity`. */
export function checkTimeout(provider: string, timeout: number): number {
  return (timeout > 0 && timeout <= MAX_TIMEOUT) || timeout === Number.POSITIVE_INFINITY
    ? timeout
    : invalidOption(
        provider,
        `timeout must be a positive number of milliseconds up to ${MAX_TIMEOUT}, or Infinity`,
        timeout,
      );
}

/** `maxRetries`, checked: a whole number ≥ 0. */
export function checkMaxRetries(provider: string, maxRetries: number): number {
  return Number.isInteger(maxRetries) && maxRetries >= 0
    ? maxRetries
    : invalidOption(provider, "maxRetries must be a whole number ≥ 0", maxRetries);
}

/** `baseUrl`, checked and without its trailing slashes: an absolute http(s) URL with a host, no credentials, query or fragment. */
export function checkBaseUrl(provider: string, baseUrl: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(String(baseUrl));
  } catch {}
  const valid =
    typeof baseUrl === "string" &&
    url &&
    /^https?:$/.test(url.protocol) &&
    url.host &&
    !url.username &&
    !url.password &&
    !/[?#]/.test(baseUrl);
  return valid
    ? baseUrl.replace(/\/+$/, "")
    : invalidOption(
        provider,
        "baseUrl must be an absolute http(s) URL without credentials, such as https://api.example.com/v1",
        baseUrl,
      );
}
