import { Attempt, sleep, throwIfAborted } from "./attempt.js";
import { ConnectionError, type ErrorContext, TimeoutError } from "./errors.js";
import type { FetchLike } from "./options.js";
import { redactError, redactText, secretsOf } from "./redact.js";
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

/** `RequestInit.redirect`, spelled out: the DOM's `RequestRedirect` is not a global of Node's types. */
export type Redirect = "follow" | "manual" | "error";

/** How a response body is read on success (openapi-fetch's `parseAs`). */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** The part of a call that says which secrets it holds and which headers it sent. */
export interface SentSecrets {
  /** The token, if any: a secret before any header is sent. */
  readonly secrets: readonly string[];
  /** The headers each attempt sent (middleware may have added some). */
  readonly sent: readonly Headers[];
  /** The names (lower case) of the headers whose values are secrets. */
  readonly secretHeaders: readonly string[];
}

/** One call as the transport sees it: made by the client before openapi-fetch builds the request. */
export interface Call extends SentSecrets {
  readonly context: ErrorContext;
  /** The call's method; the request's (middleware may change it) must allow a resend too. */
  readonly method: string;
  readonly parseAs: ParseAs;
  readonly timeout: number;
  readonly maxRetries: number;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** The caller's `fetch`, if any; else `globalThis.fetch`, looked up at each attempt (MSW patches it). */
  readonly fetch: FetchLike | undefined;
  readonly Request: typeof Request;
  /** The caller's `redirect`; outside browsers the request itself says `manual` and the runtime follows. */
  readonly redirect: Redirect;
  readonly followsRedirects: boolean;
  /** The first attempt, started before openapi-fetch builds the request (so its timeout covers the hooks). */
  readonly first: Attempt;
  readonly sent: Headers[];
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  /** Why the final response is a failure although its status alone would not say so (a redirect not followed). */
  refused?: string | undefined;
  /** The response the transport gave openapi-fetch: a `SyntaxError` after it is its body's. */
  response?: Response;
}

// Statuses whose responses carry no body.
export const NULL_BODY_STATUSES = [204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 20;

/** A failure of fetch or of the body read, as opposed to the caller's abort. */
class Failure {
  constructor(readonly error: unknown) {}
}

/**
 * The `fetch` openapi-fetch calls: sends `request` with per-attempt timeouts and idempotency-aware
 * retries, follows redirects, and reads the final body within its attempt, so a stalled or reset body
 * is that attempt's timeout or connection failure. Rejects with `AbortError`, `TimeoutError` or
 * `ConnectionError` when no response could be had.
 */
export async function transport(call: Call, request: Request, ext?: Record<string, unknown>): Promise<Response> {
  const { context, signal } = call;
  // Read once, so every attempt and redirect sends the same bytes.
  const body = request.body ? await request.arrayBuffer() : undefined;
  call.sent.push(request.headers);
  for (let retry = 0; ; retry++) {
    throwIfAborted(signal, context);
    const attempt = retry === 0 ? call.first : new Attempt(signal, call.timeout);
    let streaming = false;
    let reason: RetryEvent["cause"];
    let delay: number;
    try {
      const response = await follow(call, attempt, request, body, ext);
      // A POST that a redirect answered (303 → GET) was processed: it is never sent again.
      const { status } = response;
      const retryable =
        retry < call.maxRetries &&
        !attempt.answered &&
        isRetryableStatus(call.method, status) &&
        isRetryableStatus(request.method, status);
      const wait = retryable ? parseRetryAfter(response.headers) : undefined;
      if (retryable && (wait ?? 0) <= RETRY_AFTER_CAP_MS) {
        response.body?.cancel().catch(() => {});
        reason = status;
        delay = wait ?? backoffDelay(retry);
      } else {
        try {
          streaming = await attempt.race(readBody(response, call, request.method, attempt));
        } catch (error) {
          throw new Failure(error);
        }
        call.refused = attempt.refused;
        call.response = response;
        return response;
      }
    } catch (error) {
      throwIfAborted(signal, context);
      const cause = error instanceof Failure ? error.error : error;
      const secrets = sentSecrets(call);
      const failure = attempt.timedOut
        ? new TimeoutError(`timed out after ${call.timeout} ms`, { ...context, timeout: call.timeout })
        : new ConnectionError(
            redactText(String((cause as Error)?.message ?? cause), secrets),
            context,
            redactError(cause, secrets),
          );
      // A POST or PATCH that failed in transit may have been processed: only idempotent methods retry.
      if (retry >= call.maxRetries || !isIdempotent(call.method) || !isIdempotent(request.method)) throw failure;
      reason = failure;
      delay = backoffDelay(retry);
    } finally {
      attempt.end(streaming);
    }
    call.onRetry?.({ ...context, retry: retry + 1, delay, cause: reason });
    await sleep(delay, signal, context);
  }
}

/** Every secret value the call has sent so far: the token and the secret headers' values, once each. */
export function sentSecrets(call: SentSecrets): string[] {
  const secrets = [...call.secrets];
  for (const headers of call.sent) {
    for (const secret of secretsOf(headers, call.secretHeaders)) if (!secrets.includes(secret)) secrets.push(secret);
  }
  return secrets;
}

/**
 * Sends `request`, following redirects itself where the platform lets it: same-origin hops keep every
 * header; a hop to another origin drops the secret headers; 303 (and 301/302 after a POST) become a GET
 * without body, as browsers do; 307/308 resend the same bytes. The final response reports the last URL
 * and `redirected`. A redirect that is not followed — `redirect: "manual"` or `"error"`, a `Location`
 * that is not an http(s) URL, more than 20 hops — is the result as it is, a failure saying why.
 */
async function follow(
  call: Call,
  attempt: Attempt,
  request: Request,
  body: ArrayBuffer | undefined,
  ext: Record<string, unknown> | undefined,
): Promise<Response> {
  for (let hops = 0; ; hops++) {
    // The attempt's signal (and the bytes read once) go with each fetch: a caller's `fetch` gets a
    // `Request` that carries both, as openapi-fetch's users expect; the global `fetch` gets them beside
    // it, which spares a `Request` and a linked signal per call. A Request made from another with an
    // init resets its referrer and policy (as the Fetch standard says), so they are passed on.
    const init = body === undefined ? { signal: attempt.signal } : { body, signal: attempt.signal };
    let response: Response;
    try {
      response = await attempt.race(
        call.fetch
          ? call.fetch(
              new call.Request(request, {
                ...init,
                referrer: request.referrer,
                referrerPolicy: request.referrerPolicy,
              }),
              ext,
            )
          : globalThis.fetch(request, { ...ext, ...init }),
      );
    } catch (error) {
      throw new Failure(error);
    }
    if (hops > 0) Object.defineProperties(response, { url: { value: request.url }, redirected: { value: true } });
    if (!call.followsRedirects || !REDIRECT_STATUSES.includes(response.status)) return response;
    const next = redirectTarget(response.headers.get("location"), request.url);
    const problem =
      call.redirect === "error"
        ? 'a redirect, and the call has redirect: "error"'
        : typeof next === "string"
          ? next
          : hops === MAX_REDIRECTS
            ? `more than ${MAX_REDIRECTS} redirects`
            : undefined;
    if (call.redirect === "manual" || problem) {
      attempt.refused = problem;
      return response;
    }
    response.body?.cancel().catch(() => {});
    let { method } = request;
    const headers = new Headers(request.headers);
    if ((response.status === 303 && method !== "HEAD") || (response.status < 303 && method === "POST")) {
      attempt.answered ||= !isIdempotent(method);
      method = "GET";
      body = undefined;
      for (const name of [...headers.keys()]) if (name.startsWith("content-")) headers.delete(name);
    }
    const target = next as URL;
    if (target.origin !== new URL(request.url).origin) for (const name of call.secretHeaders) headers.delete(name);
    request = new call.Request(target, { method, headers, redirect: "manual" });
  }
}

/** The URL a `Location` points to, or why it cannot be followed. */
function redirectTarget(location: string | null, base: string): URL | string {
  if (location === null) return "a redirect without Location";
  try {
    const target = new URL(location, base);
    return /^https?:$/.test(target.protocol) ? target : `a redirect to a ${target.protocol} URL`;
  } catch {
    return "a redirect to an invalid Location";
  }
}

/**
 * Reads the final response's body as `parseAs` will want it, within the attempt: the bytes, which the
 * response then serves to openapi-fetch and the caller (any number of reads); a stream is passed on,
 * with the caller's signal linked until it ends. Resolves `true` while a stream is still being read.
 */
async function readBody(response: Response, call: Call, method: string, attempt: Attempt): Promise<boolean> {
  if (NULL_BODY_STATUSES.includes(response.status) || method === "HEAD") {
    response.body?.cancel().catch(() => {});
    return false;
  }
  if (response.ok && call.parseAs === "stream") {
    // `cancel` (a reader gave up) is newer than TypeScript's lib; runtimes without it still call flush.
    const unlink = () => attempt.unlink();
    const transformer: Transformer<Uint8Array, Uint8Array> & { cancel: () => void } = { flush: unlink, cancel: unlink };
    const stream = response.body?.pipeThrough(new TransformStream(transformer)) ?? null;
    Object.defineProperty(response, "body", { value: stream });
    return stream !== null;
  }
  answerFrom(response, await response.arrayBuffer());
  return false;
}

// One decoder for every body: decoding a whole buffer keeps no state between calls, and making a
// decoder per body cost three times the decoding (10 kB, Node 20).
const decoder = /* @__PURE__ */ new TextDecoder();

/**
 * Makes `response` serve its body from `bytes`, already read: as text, JSON, a Blob or the bytes, any
 * number of times, and `clone()` (what a middleware's `onResponse` reads a body through) gives a
 * response that does the same, without copying them.
 */
function answerFrom(response: Response, bytes: ArrayBuffer): Response {
  const text = () => decoder.decode(bytes);
  const { status, statusText, headers } = response;
  return Object.defineProperties(response, {
    bodyUsed: { value: false },
    arrayBuffer: { value: async () => bytes },
    text: { value: async () => text() },
    json: { value: async () => JSON.parse(text()) },
    blob: { value: async () => new Blob([bytes], { type: headers.get("content-type") ?? "" }) },
    bytes: { value: async () => new Uint8Array(bytes) },
    clone: { value: () => answerFrom(new Response(null, { status, statusText, headers }), bytes) },
  });
}
