import type { FetchLike } from "./options.js";

/** What a middleware hook is given; the same object shape as openapi-fetch's. */
export interface MiddlewareParams {
  /** The attempt's request: change it, or return a new one. */
  request: Request;
  /** The path template, e.g. `"/orders/{id}"`. */
  readonly schemaPath: string;
  /** The call's `params` (`path`, `query`, `header`). */
  readonly params: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
  };
  /** One id per call, the same for every attempt and hook. */
  readonly id: string;
  /** The call's resolved base URL, `parseAs` and `fetch`. */
  readonly options: Readonly<{ baseUrl: string; parseAs: string; fetch: FetchLike }>;
}

/**
 * openapi-fetch's middleware, run by the runtime **once per attempt** (a retried call passes through it
 * again, so a hook that sets a fresh signature or token is honoured on every attempt): `onRequest` in
 * the order registered (may return a new `Request`, or a `Response` that skips the network),
 * `onResponse` in reverse (may return a new `Response`, which the retry policy then sees), `onError` in
 * reverse when `fetch` failed (may return a `Response` to recover, or an `Error` to throw instead).
 * Redirects are followed inside one attempt: hooks see the first request and the final response. A
 * `Response` from `onRequest` is the answer (no `onResponse`, as in openapi-fetch). Hooks race the
 * attempt's timeout and the caller's signal like `fetch` does; `onError` is told of a timeout or abort
 * too, but cannot undo it.
 */
export interface Middleware {
  onRequest?: (params: MiddlewareParams) => HookResult<Request | Response>;
  onResponse?: (params: MiddlewareParams & { response: Response }) => HookResult<Response>;
  onError?: (params: MiddlewareParams & { error: unknown }) => HookResult<Response | Error>;
}

// biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing must type-check, as in openapi-fetch.
type HookResult<T> = T | undefined | void | Promise<T | undefined | void>;

/** `middleware`, checked: an object with at least one of the three hooks. */
export function checkMiddleware(middleware: Middleware): Middleware {
  if (
    !middleware ||
    typeof middleware !== "object" ||
    !("onRequest" in middleware || "onResponse" in middleware || "onError" in middleware)
  ) {
    throw new TypeError("middleware must be an object with onRequest, onResponse or onError");
  }
  return middleware;
}
