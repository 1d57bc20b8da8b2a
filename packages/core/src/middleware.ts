/**
 * openapi-fetch's middleware, as openapi-fetch runs it: **once per call**, around the runtime's `fetch`
 * (which makes the attempts, retries and redirects): `onRequest` in the order registered (may return a
 * new `Request`, or a `Response` that skips the network), `onResponse` in reverse (its response is the
 * call's, after any retries), `onError` in reverse when no response could be had (the runtime's
 * `ConnectionError`, `TimeoutError` or `AbortError`; may return a `Response` to recover, or an `Error`).
 */
export type { Middleware, MiddlewareCallbackParams as MiddlewareParams } from "openapi-fetch";
