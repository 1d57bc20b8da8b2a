/** Statuses after which an idempotent request is sent again (429 is retried for every method). */
const RETRYABLE_STATUSES = [408, 500, 502, 503, 504];

/** First retry waits up to this many milliseconds; each further retry doubles it. */
export const BACKOFF_BASE_MS = 500;
/** No backoff wait is longer than this (milliseconds). */
export const BACKOFF_CAP_MS = 8_000;
/** A `Retry-After` longer than this (milliseconds) is not waited for: the response is returned instead. */
export const RETRY_AFTER_CAP_MS = 60_000;

/** Whether a server may safely receive the method twice (RFC 9110 §9.2.2): GET, HEAD, OPTIONS, PUT, DELETE. */
export function isIdempotent(method: string): boolean {
  return /^(GET|HEAD|OPTIONS|PUT|DELETE)$/i.test(method);
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

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `Retry-After` as seconds or as
 * an HTTP date. `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers.get("retry-after-ms") as string);
  if (milliseconds >= 0) return milliseconds;
  const value = headers.get("retry-after") ?? "";
  const date = Date.parse(value);
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  return date ? Math.max(0, date - now) : undefined;
}
