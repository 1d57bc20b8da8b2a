import { ApiError, type SpecfirstError } from "./errors.js";
import { parseRateLimit, type RateLimit } from "./rate-limit.js";
import { redact, redactText } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { type Exchange, NULL_BODY_STATUSES, type PreparedCall, sentSecrets } from "./transport.js";

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

/** A failed result's {@link ApiError}, kept out of sight of `JSON.stringify` and spreading; read by `unwrap`. */
const apiErrorKey = Symbol();

/**
 * Turns the final exchange into the result: `data` is the body of a 2xx (or 304) response, read as
 * `parseAs` says (JSON by default); on any other status `error` is the parsed JSON object body, or an
 * {@link ApiError} when the body is empty, not JSON or not an object; a 2xx whose JSON body is empty
 * (other than 204/205/HEAD) or invalid is a failure too. So a failure always has a truthy `error`, and
 * nothing here throws. Secrets are redacted from the error body (as values: its structure is kept).
 */
export function toResult(
  { response, body, refused }: Exchange,
  call: PreparedCall,
  requestIdHeader: string,
): RawResult {
  const requestId = response.headers.get(requestIdHeader);
  const meta: ResultMeta = {
    rateLimit: parseRateLimit(response.headers),
    // A server may echo any header here, the credential too.
    requestId: requestId === null ? undefined : redactText(requestId, sentSecrets(call)),
  };
  const fail = (text: string, reason?: string): RawResult => {
    const secrets = sentSecrets(call);
    const shown = redactText(text, secrets);
    let safeBody: unknown = shown;
    try {
      safeBody = redact(text ? JSON.parse(text) : text, secrets);
    } catch {
      // Not JSON, or nested too deep to walk: the body stays the (redacted) text.
    }
    const apiError = new ApiError(
      `HTTP ${response.status}${reason ? `, ${reason}` : ""}${shown ? `: ${shown.slice(0, 200)}` : ""}`,
      {
        ...call.context,
        ...meta,
        status: response.status,
        body: safeBody,
        retryAfter: parseRetryAfter(response.headers),
      },
    );
    const error = safeBody !== null && typeof safeBody === "object" && !reason ? safeBody : apiError;
    return Object.defineProperty({ error, response, ...meta }, apiErrorKey, { value: apiError });
  };

  const { status } = response;
  if (refused || (!response.ok && status !== 304)) return fail(body as string, refused);
  if (call.parseAs !== "json" || NULL_BODY_STATUSES.includes(status) || call.method === "HEAD") {
    return { data: body, response, ...meta };
  }
  if (body === "") return fail("", "empty body");
  try {
    return { data: JSON.parse(body as string), response, ...meta };
  } catch {
    // The SyntaxError is not kept: V8 quotes the start of the body in it, which may be a secret.
    return fail(body as string, "invalid JSON");
  }
}

/** `result` made a failure: `error` (and what `unwrap` throws) is `error`; `data` is dropped. */
export function failure({ response, rateLimit, requestId }: RawResult, error: SpecfirstError): RawResult {
  return Object.defineProperty({ error, response, rateLimit, requestId }, apiErrorKey, { value: error });
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
