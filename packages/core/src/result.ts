import { ApiError, type ErrorContext } from "./errors.js";
import { parseRateLimit, type RateLimit } from "./rate-limit.js";
import { redact } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { NULL_BODY_STATUSES } from "./transport.js";

/** What every result carries besides openapi-fetch's `{ data, error, response }`. */
export interface ResultMeta {
  /** Rate-limit headers of the response, if any. */
  rateLimit: RateLimit | undefined;
  /** The provider's request id, if the response carried one. */
  requestId: string | undefined;
}

/** A failed result's {@link ApiError}, kept out of sight of `JSON.stringify` and spreading; read by `unwrap`. */
const apiErrorKey = Symbol();

/** The raw `{ data, error, response }` openapi-fetch resolves to when asked to read bodies as text. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface ResultContext {
  context: ErrorContext;
  method: string;
  requestIdHeader: string;
  secrets: readonly string[];
}

/**
 * Turns openapi-fetch's text result into the final one: `data` is the parsed JSON of a 2xx response;
 * on a 4xx/5xx `error` is the parsed JSON body, or an {@link ApiError} when the body is empty or not
 * JSON; a 2xx with an empty (other than 204/205/HEAD) or invalid JSON body is a failure too. So a
 * failure always has a truthy `error`, and nothing here throws.
 */
export function toResult(raw: RawResult, context: ResultContext): RawResult & ResultMeta {
  const { response } = raw;
  const meta: ResultMeta = {
    rateLimit: parseRateLimit(response.headers),
    requestId: response.headers.get(context.requestIdHeader) ?? undefined,
  };
  const fail = (body: unknown, reason?: string, cause?: unknown) => {
    const safeBody = redact(body ?? "", context.secrets);
    const text = typeof safeBody === "string" ? safeBody : JSON.stringify(safeBody);
    const apiError = new ApiError(
      `HTTP ${response.status}${reason ? `, ${reason}` : ""}${text ? `: ${text.slice(0, 200)}` : ""}`,
      {
        ...context.context,
        ...meta,
        status: response.status,
        body: safeBody,
        retryAfter: parseRetryAfter(response.headers),
      },
      cause,
    );
    const error = safeBody !== null && typeof safeBody === "object" ? safeBody : apiError;
    return Object.defineProperty({ error, response, ...meta }, apiErrorKey, { value: apiError });
  };

  if (!response.ok) return fail(raw.error);
  if (raw.data === undefined && (NULL_BODY_STATUSES.includes(response.status) || context.method === "HEAD")) {
    return { data: undefined, response, ...meta };
  }
  if (typeof raw.data !== "string" || raw.data === "") return fail("", "empty body");
  try {
    return { data: JSON.parse(raw.data), response, ...meta };
  } catch (cause) {
    return fail(raw.data, "invalid JSON", cause);
  }
}

/** The `data` type of a successful openapi-fetch result. */
export type SuccessData<Result> = Result extends { data: infer Data } ? Data : never;

/**
 * Returns `result.data` of a successful call, typed by the spec; throws the call's {@link ApiError}
 * (status, operation, request id, rate limit, parsed body) otherwise.
 *
 * @example
 * const order = unwrap(await vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }));
 */
export function unwrap<Result extends { response: Response }>(result: Result): SuccessData<Result> {
  const error = (result as { [apiErrorKey]?: ApiError })[apiErrorKey];
  if (error) throw error;
  return (result as { data?: unknown }).data as SuccessData<Result>;
}
