/** Statuses after which an idempotent request is sent again (429 is retried for every method). */
const RETRYABLE_STATUSES = [408, 500, 502, 503, 504];

/** First retry waits up to this many milliseconds; each further retry doubles it. */
export const BACKOFF_BASE_MS = 500;
/** No backoff wait is longer than this (milliseconds). */
export const BACKOFF_CAP_MS = 8_000;
/** A `Retry-After` longer than this (milliseconds) is not waited for: the response is returned instead. */
export const RETRY_AFTER_CAP_MS = 60_000;

/** Whether a server may safely receive the method twice (RFC 9110 §9.2.2): GET, HEAD, OPTIONS, TRACE, PUT, DELETE. */
export function isIdempotent(method: string): boolean {
  return /^(GET|HEAD|OPTIONS|TRACE|PUT|DELETE)$/i.test(method);
}

/**
 * Whether a response status may be retried. 429 means the request was not processed, so it is retried
 * for every method; 408 and 5xx only for idempotent methods: a POST or PATCH that reached the server
 * may have charged, ordered or paid already.
 */
export function isRetryableStatus(method: string, status: number): boolean {
  return status === 429 || (isIdempotent(method) && RETRYABLE_STATUSES.includes(status));
}

/** Full-jitter exponential backoff: a uniform wait in [0, min(cap, base · 2^retry)) ms; `retry` counts from 0. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry));
}

// RFC 9110 §10.2.3: delay-seconds, or an HTTP-date in one of its three forms (§5.6.7).
const DELAY_SECONDS = /^\d+$/;
const HTTP_DATE =
  /^(?:[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT|[A-Z][a-z]{5,8}, \d\d-[A-Z][a-z]{2}-\d\d \d\d:\d\d:\d\d GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})$/;

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms` (a non-negative number, as Stainless
 * APIs send it), else `Retry-After` exactly as RFC 9110 defines it: whole seconds, or an HTTP-date
 * (IMF-fixdate, RFC 850 or asctime; a date in the past is 0). `undefined` when absent or malformed
 * (`-1`, `1.5`, `Retry in 5`), so backoff applies.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = headers.get("retry-after-ms")?.trim() ?? "";
  if (/^\d+(\.\d+)?$/.test(milliseconds)) return Number(milliseconds);
  const value = headers.get("retry-after")?.trim() ?? "";
  if (DELAY_SECONDS.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  // An asctime date names no zone; RFC 9110 says it is UTC.
  const date = Date.parse(value.endsWith("GMT") ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
