import { ApiError, type SpecfirstError } from "./errors.js";
import { parseRateLimit, type RateLimit } from "./rate-limit.js";
import { redact, redactText } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { type Call, sentSecrets } from "./transport.js";

/** What every result carries besides openapi-fetch's `{ data, error, response }`. */
export interface ResultMeta {
  /** Rate-limit headers of the response, if any. */
  rateLimit: RateLimit | undefined;
  /** The provider's request id, if the response carried one. */
  requestId: string | undefined;
}

/** A result as the runtime makes it, before the spec's types are laid over it. */
export interface RawResult extends ResultMeta {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** What openapi-fetch resolved with, or, for a 2xx whose JSON it could not parse, the reason. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  /** Why a response openapi-fetch counts as a success is a failure (`invalid JSON`). */
  invalid?: string;
}

/** A failed result's {@link ApiError}, kept out of sight of `JSON.stringify` and spreading; read by `unwrap`. */
const apiErrorKey = Symbol();

/**
 * Completes openapi-fetch's result: `data` for a 2xx (or 304); on any other status, on a redirect the
 * call did not follow and on a 2xx with invalid JSON, `error` is the error body (parsed JSON, else its
 * text) or, where that is empty, an {@link ApiError}. So a failure always has a truthy `error`, and
 * nothing here throws. Secrets are redacted from the error body (as values: its structure is kept).
 */
export function toResult(
  { data, error, response, invalid }: FetchResult,
  call: Call,
  requestIdHeader: string,
): RawResult {
  const id = response.headers.get(requestIdHeader);
  const rateLimit = parseRateLimit(response.headers);
  // A server may echo any header here, the credential too.
  const requestId = id === null ? undefined : redactText(id, sentSecrets(call));
  const { status } = response;
  const reason = call.refused ?? invalid;
  if (!reason && (response.ok || status === 304)) return { data, response, rateLimit, requestId };
  const meta: ResultMeta = { rateLimit, requestId };
  const secrets = sentSecrets(call);
  let body: unknown = error ?? "";
  try {
    body = redact(body, secrets);
  } catch {
    // Nested too deep to walk: only the ApiError's message (redacted) is kept.
    body = "";
  }
  const shown = redactText(typeof error === "string" ? error : (JSON.stringify(body) ?? ""), secrets);
  const apiError = new ApiError(
    `HTTP ${status}${reason ? `, ${reason}` : ""}${shown ? `: ${shown.slice(0, 200)}` : ""}`,
    {
      ...call.context,
      ...meta,
      status,
      body,
      retryAfter: parseRetryAfter(response.headers),
    },
  );
  return failure({ response, ...meta }, body && !reason ? body : apiError, apiError);
}

/** `result` made a failure: `error` is `error`, `unwrap` throws `thrown` (default `error`); `data` is dropped. */
export function failure(
  { response, rateLimit, requestId }: RawResult,
  error: unknown,
  thrown: SpecfirstError = error as SpecfirstError,
): RawResult {
  return Object.defineProperty({ error, response, rateLimit, requestId }, apiErrorKey, { value: thrown });
}

/** The error a failed result's `unwrap` throws (its {@link ApiError}, even when `error` is the parsed body). */
export function failureOf(result: object): SpecfirstError | undefined {
  return (result as { [apiErrorKey]?: SpecfirstError })[apiErrorKey];
}

/** The `data` type of a successful result. */
export type SuccessData<Result> = Result extends { data: infer Data } ? Data : never;

/**
 * Returns `result.data` of a successful call, typed by the spec; throws the call's {@link ApiError}
 * (status, operation, request id, rate limit, parsed body) otherwise, or its `DriftError` when a client
 * with `throwOnDrift` found the response does not match the spec.
 *
 * @example
 * const order = unwrap(await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }));
 */
export function unwrap<Result extends { response: Response }>(result: Result): SuccessData<Result> {
  const error = failureOf(result);
  if (error) throw error;
  return (result as { data?: unknown }).data as SuccessData<Result>;
}
