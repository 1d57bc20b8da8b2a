import type { RateLimit } from "./rate-limit.js";

/** What every error of a `@specfirst` client says about where it happened. */
// A type alias, not an interface, so it fits the index signature of the error constructor's fields.
export type ErrorContext = {
  /** Provider id, e.g. `"polar"`. */
  provider: string;
  /** HTTP method and path template, e.g. `"GET /v1/users/orders/{id}"`. */
  operation: string;
};

/**
 * Base class of every error a `@specfirst` client throws or returns. The message starts with provider
 * and operation. Messages and fields never contain the credential: values of `Authorization`, `Cookie`,
 * `Set-Cookie` and `X-Api-Key` are replaced by `[REDACTED]` before an error is made.
 */
export class SpecfirstError extends Error {
  declare readonly provider: string;
  declare readonly operation: string;

  /** `fields` (context plus the subclass's own fields) become properties of the error. */
  constructor(message: string, fields: ErrorContext & Record<string, unknown>, cause?: unknown) {
    super(`${fields.provider}: ${fields.operation}: ${message}`, { cause });
    this.name = new.target.name;
    Object.assign(this, fields);
  }

  /** Plain fields for logs: name, message and the error's own fields (no stack, no cause). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** No response: the connection was refused, reset or closed mid-body. `cause` is the fetch error. */
export class ConnectionError extends SpecfirstError {}

/** An attempt took longer than `timeout` milliseconds (response headers and body included). */
export class TimeoutError extends SpecfirstError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  declare readonly timeout: number;
}

/** The caller's `AbortSignal` fired; never retried. `cause` is the signal's reason. */
export class AbortError extends SpecfirstError {}

/** The fields of an {@link ApiError}. */
export interface ApiErrorFields<Body = unknown> extends ErrorContext {
  /** HTTP status code. */
  status: number;
  /** The parsed JSON error body (typed by the spec for documented statuses), or the raw text (`""` when empty). */
  body: Body | string;
  /** The provider's request id header (`x-request-id` unless the provider names another), if sent. */
  requestId: string | undefined;
  /** How long the server asked to wait (`Retry-After` / `retry-after-ms`), in milliseconds. */
  retryAfter: number | undefined;
  /** Rate-limit headers of the response, if any. */
  rateLimit: RateLimit | undefined;
}

/**
 * An HTTP response that is not a usable success: a 4xx/5xx status, or a 2xx whose body is empty or
 * not valid JSON. Thrown by `unwrap()`; set as `error` when a failed response has no JSON body.
 */
export class ApiError<Body = unknown> extends SpecfirstError {
  declare readonly status: number;
  declare readonly body: Body | string;
  declare readonly requestId: string | undefined;
  declare readonly retryAfter: number | undefined;
  declare readonly rateLimit: RateLimit | undefined;
}

/** A page of a paginated listing failed; `cause` is the underlying error. */
export class PaginationError extends SpecfirstError {
  /** The 1-based number of the page that failed. */
  declare readonly page: number;
}
