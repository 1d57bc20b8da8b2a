/**
 * Rate-limit state a response reported, from the IETF `RateLimit-*` headers or the common
 * `X-RateLimit-*` ones (VPSBG's Laravel API sends the latter). Fields the response did not send are absent.
 */
export interface RateLimit {
  /** Requests allowed in the current window. */
  limit?: number;
  /** Requests left in the current window. */
  remaining?: number;
  /** Seconds until the window resets (an epoch-seconds `X-RateLimit-Reset` is converted). */
  reset?: number;
}

const FIELDS = ["limit", "remaining", "reset"] as const;

/** Reads {@link RateLimit} from response headers; `undefined` when none is present. */
export function parseRateLimit(headers: Headers, now = Date.now()): RateLimit | undefined {
  const rateLimit: RateLimit = {};
  for (const name of FIELDS) {
    // parseFloat(null) is NaN, which the check below skips.
    const value = Number.parseFloat((headers.get(`ratelimit-${name}`) ?? headers.get(`x-ratelimit-${name}`)) as string);
    // A reset past 2001-09-09 in seconds is a timestamp, not a delay.
    if (value >= 0) rateLimit[name] = value > 1e9 ? Math.max(0, Math.round(value - now / 1000)) : value;
  }
  return Object.keys(rateLimit).length ? rateLimit : undefined;
}
