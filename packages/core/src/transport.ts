import { AbortError, ConnectionError, type ErrorContext, TimeoutError } from "./errors.js";
import { redact, secretsOf } from "./redact.js";
import { backoffDelay, isIdempotent, isRetryableStatus, parseRetryAfter, RETRY_AFTER_CAP_MS } from "./retry.js";

/** What `onRetry` is told before each retry. */
export interface RetryEvent extends ErrorContext {
  /** 1 for the first retry. */
  retry: number;
  /** Milliseconds waited before this retry. */
  delay: number;
  /** The status that caused it, or the transport error (`ConnectionError`, `TimeoutError`). */
  cause: number | ConnectionError | TimeoutError;
}

/** How one call is sent: the resolved per-call options. */
export interface TransportPolicy {
  /** Provider and operation; the only fields of the policy that errors and events copy. */
  context: ErrorContext;
  /** Per-attempt limit in milliseconds, covering the response headers and the whole body. */
  timeout: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  fetch: (request: Request) => Promise<Response>;
  /** Bearer credential, set as `Authorization` on every attempt. */
  token?: string | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Filled in with the secret header values the request carried, for redaction downstream. */
  secrets: string[];
}

// Statuses whose responses cannot carry a body (the Response constructor rejects one).
export const NULL_BODY_STATUSES = [204, 205, 304];

/**
 * Sends `request` with per-attempt timeouts and idempotency-aware retries, and returns the final
 * response with its body already read (so a stalled or reset body is a timeout or connection failure
 * of that attempt, not of the caller's later read). Rejects with `AbortError`, `TimeoutError` or
 * `ConnectionError` when no response could be had.
 */
export async function send(request: Request, policy: TransportPolicy): Promise<Response> {
  const caller = request.signal;
  const headers = new Headers(request.headers);
  if (policy.token !== undefined) headers.set("Authorization", `Bearer ${policy.token}`);
  policy.secrets.push(...secretsOf(headers));
  // Read the body once so every attempt can send the same bytes.
  const body = request.body === null ? undefined : await request.arrayBuffer();

  for (let retry = 0; ; retry++) {
    if (caller.aborted) throw abortError(caller, policy.context);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), policy.timeout);

    let cause: RetryEvent["cause"];
    let delay: number;
    try {
      const response = await policy.fetch(
        new Request(request.url, {
          method: request.method,
          headers,
          body,
          signal: AbortSignal.any([caller, timeout.signal]),
        }),
      );
      const buffered = new Response(
        NULL_BODY_STATUSES.includes(response.status) ? null : await response.arrayBuffer(),
        response,
      );
      const wait = parseRetryAfter(response.headers);
      if (
        retry >= policy.maxRetries ||
        !isRetryableStatus(request.method, response.status) ||
        (wait ?? 0) > RETRY_AFTER_CAP_MS
      ) {
        return buffered;
      }
      cause = response.status;
      delay = wait ?? backoffDelay(retry);
    } catch (error) {
      if (caller.aborted) throw abortError(caller, policy.context);
      const failure = timeout.signal.aborted
        ? new TimeoutError(`timed out after ${policy.timeout} ms`, {
            ...policy.context,
            timeout: policy.timeout,
          })
        : new ConnectionError(
            redact(String((error as Error)?.message ?? error), policy.secrets),
            policy.context,
            error,
          );
      // A POST or PATCH that failed in transit may have been processed: only idempotent methods retry.
      if (retry >= policy.maxRetries || !isIdempotent(request.method)) throw failure;
      cause = failure;
      delay = backoffDelay(retry);
    } finally {
      clearTimeout(timer);
    }
    policy.onRetry?.({ ...policy.context, retry: retry + 1, delay, cause });
    await sleep(delay, caller, policy.context);
  }
}

/** Waits `delay` ms; rejects with `AbortError` as soon as the caller aborts. */
function sleep(delay: number, caller: AbortSignal, context: ErrorContext): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(caller, context));
    };
    const timer = setTimeout(() => {
      caller.removeEventListener("abort", onAbort);
      resolve();
    }, delay);
    if (caller.aborted) onAbort();
    else caller.addEventListener("abort", onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal, context: ErrorContext): AbortError {
  return new AbortError("aborted", context, signal.reason);
}
