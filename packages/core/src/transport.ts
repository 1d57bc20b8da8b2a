import { Attempt, sleep, throwIfAborted } from "./attempt.js";
import type { EncodedBody } from "./body.js";
import { ConnectionError, type ErrorContext, TimeoutError } from "./errors.js";
import type { Middleware, MiddlewareParams } from "./middleware.js";
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

/** How a response body is read on success (openapi-fetch's `parseAs`); error bodies are always read as text. */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** One call, resolved: everything the attempts need, built once. */
export interface PreparedCall {
  context: ErrorContext;
  method: string;
  url: string;
  /** Lower-case names; the values every attempt sends. */
  headers: Record<string, string>;
  body: EncodedBody | undefined;
  /** The caller's other `RequestInit` fields (`credentials`, `cache`, `keepalive`, undici's `dispatcher`, …). */
  init: Record<string, unknown>;
  redirect: Redirect;
  /** Whether the runtime follows redirects itself (everywhere but browsers, whose `fetch` hides them). */
  followsRedirects: boolean;
  parseAs: ParseAs;
  timeout: number;
  maxRetries: number;
  fetch: FetchLike;
  signal: AbortSignal | undefined;
  secretHeaders: readonly string[];
  /** The token, if any: a secret before any header is sent. */
  secrets: string[];
  /** The headers each attempt sent (middleware may add some), for {@link sentSecrets}. */
  sent: Record<string, string>[];
  middleware: readonly Middleware[];
  hooks: () => Omit<MiddlewareParams, "request">;
  /** `hooks()` once made: the same id for every attempt. */
  described?: Omit<MiddlewareParams, "request">;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

/** The response of the last attempt and its body, read within that attempt. */
export interface Exchange {
  response: Response;
  /** Per `parseAs` on success; the text of a failed response; `undefined` for 204, 205, 304 and HEAD. */
  body: unknown;
  /** Why a redirect response was not followed, when it was not the caller's `redirect: "manual"`. */
  refused: string | undefined;
}

// Statuses whose responses carry no body.
export const NULL_BODY_STATUSES = [204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const MAX_REDIRECTS = 20;

/** A failure of fetch or of the body read, as opposed to an error a middleware hook threw. */
class Failure {
  constructor(readonly error: unknown) {}
}

/**
 * Sends `call` with per-attempt timeouts and idempotency-aware retries; resolves with the final response
 * and its body already read (so a stalled or reset body is a timeout or connection failure of that
 * attempt, not of the caller's later read). Rejects with `AbortError`, `TimeoutError` or
 * `ConnectionError` when no response could be had.
 */
export async function send(call: PreparedCall): Promise<Exchange> {
  const { context, method, signal } = call;
  for (let retry = 0; ; retry++) {
    throwIfAborted(signal, context);
    const attempt = new Attempt(signal, call.timeout);
    let streaming = false;
    let reason: RetryEvent["cause"];
    let delay: number;
    try {
      const response = await exchange(call, attempt);
      // Both the call's method and the one sent (middleware may change it) must allow a resend, and a
      // POST that a redirect answered (303 → GET) was processed: it is never sent again.
      const status = response.status;
      const retryable =
        retry < call.maxRetries &&
        !attempt.answered &&
        isRetryableStatus(method, status) &&
        isRetryableStatus(attempt.method, status);
      const wait = retryable ? parseRetryAfter(response.headers) : undefined;
      if (retryable && (wait ?? 0) <= RETRY_AFTER_CAP_MS) {
        response.body?.cancel().catch(() => {});
        reason = status;
        delay = wait ?? backoffDelay(retry);
      } else {
        let body: unknown;
        try {
          // Read within the attempt, so the timeout covers the body too.
          body = await attempt.race(readBody(response, call, attempt));
        } catch (error) {
          throw new Failure(error);
        }
        streaming = body instanceof ReadableStream;
        return { response, body, refused: attempt.refused };
      }
    } catch (error) {
      throwIfAborted(signal, context);
      // Anything else is an error a middleware hook threw: the caller's to see as it is.
      if (!(error instanceof Failure || attempt.timedOut)) throw error;
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
      if (retry >= call.maxRetries || !isIdempotent(method) || !isIdempotent(attempt.method)) throw failure;
      reason = failure;
      delay = backoffDelay(retry);
    } finally {
      attempt.end(streaming);
    }
    call.onRetry?.({ ...context, retry: retry + 1, delay, cause: reason });
    await sleep(delay, signal, context);
  }
}

/** Records the headers an attempt sends; their secrets are worked out only when a failure needs them. */
function recordSent(call: PreparedCall, headers: Record<string, string>): void {
  if (!call.sent.includes(headers)) call.sent.push(headers);
}

/** The part of a call that says which secrets it holds and which headers it sent. */
export interface SentSecrets {
  /** The token, if any. */
  readonly secrets: readonly string[];
  /** The headers each attempt sent. */
  readonly sent: readonly Record<string, string>[];
  /** The names of the headers whose values are secrets. */
  readonly secretHeaders: readonly string[];
}

/** Every secret value the call has sent so far: the token and the secret headers' values, once each. */
export function sentSecrets(call: SentSecrets): string[] {
  const secrets = [...call.secrets];
  for (const headers of call.sent) {
    for (const secret of secretsOf(headers, call.secretHeaders)) if (!secrets.includes(secret)) secrets.push(secret);
  }
  return secrets;
}

/** One attempt: through the middleware when there is any, else straight to {@link follow}. */
function exchange(call: PreparedCall, attempt: Attempt): Promise<Response> {
  if (call.middleware.length > 0) return throughMiddleware(call, attempt);
  recordSent(call, call.headers);
  return follow(call, attempt, call.url, call.method, call.headers, call.body?.body);
}

/**
 * One attempt through the middleware: the request they made, sent with redirects followed. Hooks race
 * the attempt like `fetch` does, so a hook that never settles cannot outlast the timeout either.
 */
async function throughMiddleware(call: PreparedCall, attempt: Attempt): Promise<Response> {
  const { middleware } = call;
  const first = new Request(call.url, {
    method: call.method,
    headers: call.headers,
    body: call.body?.body ?? null,
    signal: attempt.controller.signal,
  });
  call.described ??= call.hooks();
  const hooks = call.described;
  let request = first;
  for (const hook of middleware) {
    const result = hookResult<Request | Response>(
      await attempt.race(Promise.resolve(hook.onRequest?.({ ...hooks, request }))),
      "onRequest",
      Request,
      Response,
    );
    // A response from onRequest is the answer: no fetch, and (as in openapi-fetch) no onResponse.
    if (result instanceof Response) return result;
    request = result ?? request;
  }
  const params = { ...hooks, request };
  const reversed = [...middleware].reverse();
  let response: Response | undefined;
  const headers = Object.fromEntries(request.headers);
  recordSent(call, headers);
  try {
    // A replaced request brings its own body; the first one still has ours, unread.
    const body =
      request === first ? call.body?.body : request.body ? await attempt.race(request.arrayBuffer()) : undefined;
    response = await follow(call, attempt, request.url, request.method, headers, body);
  } catch (failure) {
    const error = failure instanceof Failure ? failure.error : failure;
    let outcome: unknown = error;
    for (const hook of reversed) {
      const result = hookResult<Response | Error>(
        await attempt.race(Promise.resolve(hook.onError?.({ ...params, error: outcome }))),
        "onError",
        Response,
        Error,
      );
      if (result instanceof Response) {
        response = result;
        break;
      }
      outcome = result ?? outcome;
    }
    // An Error of the middleware's own replaces ours; otherwise the fetch failure stands.
    if (!response) throw outcome === error ? failure : outcome;
  }
  for (const hook of reversed) {
    const result: unknown = await attempt.race(Promise.resolve(hook.onResponse?.({ ...params, response })));
    response = hookResult<Response>(result, "onResponse", Response) ?? response;
  }
  return response;
}

/** What a hook returned, if it is one of `types` (or nothing); anything else is the hook's bug. */
function hookResult<T extends Request | Response | Error>(
  result: unknown,
  hook: string,
  ...types: (abstract new (
    ...args: never[]
  ) => T)[]
): T | undefined {
  if (!result || types.some((type) => result instanceof type)) return (result || undefined) as T | undefined;
  throw new TypeError(
    `middleware ${hook} must return ${types.map((type) => `a ${type.name}`).join(" or ")} or nothing`,
  );
}

/**
 * Fetches `url`, following redirects itself where the platform lets it: same-origin hops keep every
 * header; a hop to another origin drops the secret headers; 303 (and 301/302 after a POST) become a GET
 * without body, as browsers do; 307/308 resend the same bytes. The final response reports the last URL
 * and `redirected`. A redirect that is not followed — `redirect: "manual"` or `"error"`, a `Location`
 * that is not an http(s) URL, more than 20 hops — is the result as it is, a failure saying why.
 */
async function follow(
  call: PreparedCall,
  attempt: Attempt,
  url: string,
  method: string,
  headers: Record<string, string>,
  body: EncodedBody["body"] | undefined,
): Promise<Response> {
  attempt.method = method;
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await attempt.race(
        call.fetch(url, {
          ...call.init,
          method,
          headers,
          body: body ?? null,
          signal: attempt.controller.signal,
          redirect: call.followsRedirects ? "manual" : call.redirect,
        }),
      );
    } catch (error) {
      throw new Failure(error);
    }
    if (hops > 0) Object.defineProperties(response, { url: { value: url }, redirected: { value: true } });
    if (!call.followsRedirects || !REDIRECT_STATUSES.includes(response.status)) return response;
    const next = redirectTarget(response.headers.get("location"), url);
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
    if ((response.status === 303 && method !== "HEAD") || (response.status < 303 && method === "POST")) {
      attempt.answered ||= !isIdempotent(method);
      method = "GET";
      body = undefined;
      headers = withoutHeaders(headers, (name) => name.startsWith("content-"));
    }
    const target = next as URL;
    if (target.origin !== new URL(url).origin)
      headers = withoutHeaders(headers, (name) => call.secretHeaders.includes(name));
    url = target.href;
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

function withoutHeaders(headers: Record<string, string>, drop: (name: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop(name)));
}

/** Starts reading the body of the final response, as `parseAs` says; `send` awaits it inside the attempt. */
function readBody(response: Response, call: PreparedCall, attempt: Attempt): Promise<unknown> {
  if (NULL_BODY_STATUSES.includes(response.status) || call.method === "HEAD") {
    response.body?.cancel().catch(() => {});
    return Promise.resolve(response.ok || response.status === 304 ? undefined : "");
  }
  if (!response.ok || call.parseAs === "json") return response.text();
  if (call.parseAs !== "stream") return response[call.parseAs]();
  // The caller's signal stays linked while the stream is read, and is unlinked when it ends or is cancelled.
  const unlink = () => attempt.unlink();
  // `cancel` (a reader gave up) is newer than TypeScript's lib; runtimes without it still call flush.
  const transformer: Transformer<Uint8Array, Uint8Array> & { cancel: () => void } = { flush: unlink, cancel: unlink };
  return Promise.resolve(response.body?.pipeThrough(new TransformStream(transformer)) ?? null);
}
