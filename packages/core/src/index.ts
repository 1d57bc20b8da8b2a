/**
 * `@specfirst/core`: the runtime shared by every `@specfirst/<provider>` client. Provider packages call
 * {@link createApiClient}; applications use the provider packages and the helpers re-exported here.
 *
 * @packageDocumentation
 */
export {
  type ApiClient,
  type ApiMethod,
  type ApiResult,
  type CallInit,
  createApiClient,
  type RequestOptions,
} from "./client.js";
export {
  type CheckedCall,
  type Drift,
  type DriftOptions,
  type OperationValidators,
  type ResponseCheck,
  type ResponseValidation,
  type Validate,
  type ValidationIssue,
  validateResponses,
} from "./drift.js";
export {
  AbortError,
  ApiError,
  type ApiErrorFields,
  ConnectionError,
  DriftError,
  type ErrorContext,
  PaginationError,
  SpecfirstError,
  TimeoutError,
} from "./errors.js";
export type { Middleware, MiddlewareParams } from "./middleware.js";
export type { OperationInfo, OperationTable, ParameterSerializer } from "./operations.js";
export {
  type CallOptions,
  type ClientOptions,
  type DeprecationWarning,
  type FetchLike,
  type HeadersOptions,
  invalidOption,
  type ProviderInfo,
  type TokenSource,
} from "./options.js";
export { type PageReader, type PaginateOptions, paginatePages } from "./paginate.js";
export type { RateLimit } from "./rate-limit.js";
export { SECRET_HEADERS } from "./redact.js";
export { type ResultMeta, type SuccessData, unwrap } from "./result.js";
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelay,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
} from "./retry.js";
export { formBody, pathStyle, queryStyle } from "./styles.js";
export type { ParseAs, RetryEvent } from "./transport.js";
export { runsInBrowser, userAgent } from "./user-agent.js";
