import type { Drift } from "./drift.js";
import type { RateLimit } from "./rate-limit.js";

/** What every error of a `@specfirst` client says about where it happened. */
// A type alias, not an interface, so it fits the index signature of the error constructor's fields.
export type ErrorContext = {
  /** Provider id, e.g. `"polar"`. */
  provider: string;
  /** HTTP method and path template, e.g. `"GET /v1/users/orders/{id}"`. */
  operation: string;
};

// One key for every copy of this package (ESM and CJS, or two versions), so `instanceof` holds across them.
const kind = Symbol.for("@specfirst/core.error-kind");

// Every error class extends SpecfirstError directly, so an error records one kind: its class's.
function hasKind(type: typeof SpecfirstError, value: unknown): boolean {
  // A user's subclass without a kind of its own is checked the ordinary way.
  if (!Object.hasOwn(type, "kind")) return Function.prototype[Symbol.hasInstance].call(type, value);
  const recorded = (value as { [kind]?: unknown } | null)?.[kind];
  return typeof recorded === "string" && (type === SpecfirstError || recorded === type.kind);
}

/**
 * Base class of every error a `@specfirst` client throws or returns. The message starts with provider
 * and operation. Messages, fields and causes never contain a credential: values of secret headers
 * (`Authorization`, `Cookie`, `Proxy-Authorization`, `X-Api-Key` and the client's `secretHeaders`) are
 * replaced by `[REDACTED]` before an error is made.
 *
 * `instanceof` works across the ESM and CommonJS copies of the package: each error records its class's
 * kind under a global symbol, and each class checks that record.
 */
export class SpecfirstError extends Error {
  /** The class's name as errors record it; stable under minification, unlike `constructor.name`. */
  static readonly kind: string = "SpecfirstError";
  declare readonly provider: string;
  declare readonly operation: string;

  /** `instanceof` by the kinds an error recorded, so an error made by any copy of the class matches. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`, which may be a subclass.
    return hasKind(this, value);
  }

  /** `fields` (context plus the subclass's own fields) become properties of the error. */
  constructor(message: string, fields: ErrorContext & Record<string, unknown>, cause?: unknown) {
    super(`${fields.provider}: ${fields.operation}: ${message}`, cause === undefined ? undefined : { cause });
    // A user's subclass records the kind of the nearest class of ours.
    let type = new.target;
    while (!Object.hasOwn(type, "kind")) type = Object.getPrototypeOf(type);
    Object.defineProperty(this, kind, { value: type.kind });
    this.name = type === new.target ? type.kind : new.target.name;
    Object.assign(this, fields);
  }

  /** Plain fields for logs: name, message and the error's own fields (no stack, no cause). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** No usable response: the connection was refused, reset or closed mid-body. `cause` is the (redacted) fetch error. */
export class ConnectionError extends SpecfirstError {
  static override readonly kind: string = "ConnectionError";
}

/** An attempt took longer than `timeout` milliseconds (response headers and body included). */
export class TimeoutError extends SpecfirstError {
  static override readonly kind: string = "TimeoutError";
  /** The per-attempt limit that was exceeded, in milliseconds. */
  declare readonly timeout: number;
}

/** The caller's `AbortSignal` fired; never retried. `cause` is the signal's reason. */
export class AbortError extends SpecfirstError {
  static override readonly kind: string = "AbortError";
}

/** The fields of an {@link ApiError}. */
export interface ApiErrorFields<Body = unknown> extends ErrorContext {
  /** HTTP status code (as the server sent it, even outside 200–599). */
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
 * An HTTP response that is not a usable success: a status other than 2xx and 304, a 2xx whose JSON body
 * is empty or invalid, or a redirect the call did not follow (`redirect: "error"` or `"manual"`). Thrown
 * by `unwrap()`; set as `error` when a failed response has no JSON object body.
 */
export class ApiError<Body = unknown> extends SpecfirstError {
  static override readonly kind: string = "ApiError";
  declare readonly status: number;
  declare readonly body: Body | string;
  declare readonly requestId: string | undefined;
  declare readonly retryAfter: number | undefined;
  declare readonly rateLimit: RateLimit | undefined;
}

/** A page of a paginated listing could not be read; `cause` is the underlying error. */
export class PaginationError extends SpecfirstError {
  static override readonly kind: string = "PaginationError";
  /** The 1-based number of the page that failed. */
  declare readonly page: number;
}

/**
 * A response that does not match the spec, from a client with `validate` and `throwOnDrift: true`: set
 * as the result's `error` and thrown by `unwrap()`. `drifts` say where and which rule (never the values);
 * `cause` is the call's {@link ApiError} when the response was a failure already.
 */
export class DriftError extends SpecfirstError {
  static override readonly kind: string = "DriftError";
  /** The response's HTTP status code. */
  declare readonly status: number;
  /** The provider's request id header, if sent. */
  declare readonly requestId: string | undefined;
  /** Every drift of severity `error` in the response. */
  declare readonly drifts: Drift[];
}

/**
 * Runs `check`; a `TypeError` it throws (input refused before anything is sent) gets `prefix` (the
 * provider, and the operation) in front of its message, so it says which call was refused.
 */
export function named<T>(prefix: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TypeError) error.message = `${prefix}: ${error.message}`;
    throw error;
  }
}
