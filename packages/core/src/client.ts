import type { ParamsOption, ParseAsResponse, RequestBodyOption } from "openapi-fetch";
import type {
  ErrorResponse,
  MediaType,
  PathsWithMethod,
  Readable,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import { checkToken, resolveToken } from "./auth.js";
import { type EncodedBody, encodeBody } from "./body.js";
import type { ApiError, DriftError } from "./errors.js";
import { addHeaders } from "./headers.js";
import { checkMiddleware, type Middleware } from "./middleware.js";
import { buildQuery, fillPath, scalar } from "./operations.js";
import {
  type CallOptions,
  type ClientOptions,
  checkBaseUrl,
  checkMaxRetries,
  checkTimeout,
  type FetchLike,
  type HeadersOptions,
  type ProviderInfo,
} from "./options.js";
import { SECRET_HEADERS } from "./redact.js";
import { type ResultMeta, toResult } from "./result.js";
import { type ParseAs, type PreparedCall, type Redirect, send } from "./transport.js";
import { runsInBrowser, userAgent } from "./user-agent.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch";
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type OperationOf<PathItem, Method extends HttpMethod> = PathItem extends {
  [M in Method]: infer Operation extends Record<string | number, unknown>;
}
  ? Operation
  : never;

type FetchInit = Omit<RequestInit, "body" | "headers" | "method" | "signal" | "window">;

/**
 * Per-call options besides `params` and `body`: {@link CallOptions}, `headers`, `signal`, openapi-fetch's
 * `parseAs`, `baseUrl`, `fetch` and `middleware`, and every other `RequestInit` field (`credentials`,
 * `cache`, `keepalive`, `redirect`, `mode`, undici's `dispatcher`, …), passed to `fetch` on every attempt.
 */
export type RequestOptions = CallOptions & { [K in keyof FetchInit]?: FetchInit[K] | undefined } & {
  /** Added to the client's headers for this call; `null` removes one. */
  headers?: HeadersOptions | undefined;
  /** Aborts the call (every attempt and the waits between them) with an `AbortError`. */
  signal?: AbortSignal | null | undefined;
  /** How a successful body is read: `json` (default), `text`, `blob`, `arrayBuffer` or `stream` (unread). */
  parseAs?: ParseAs | undefined;
  /** Another base URL for this call, checked like the client's. */
  baseUrl?: string | undefined;
  /** Another `fetch` for this call. */
  fetch?: FetchLike | undefined;
  /** Middleware for this call only, run after the client's. */
  middleware?: Middleware[] | undefined;
  /** `follow` (default: followed by the runtime, see the README), `manual` or `error` (the 3xx is the result). */
  redirect?: Redirect | undefined;
  /** undici's `Dispatcher` (a proxy agent, a connection pool); Node only. */
  dispatcher?: unknown;
};

type FormBody<Operation> = Operation extends { requestBody?: { content: infer Content } }
  ?
      | ("multipart/form-data" extends keyof Content ? FormData : never)
      | ("application/x-www-form-urlencoded" extends keyof Content ? URLSearchParams : never)
  : never;

// openapi-fetch's body option, plus FormData / URLSearchParams where the spec accepts those media types.
type BodyOption<Operation> =
  RequestBodyOption<Operation> extends { body: infer Body }
    ? { body: Body | FormBody<Operation> }
    : RequestBodyOption<Operation> extends { body?: infer Body }
      ? { body?: Body | FormBody<Operation> | undefined }
      : never;

/** The init argument of one operation: its `params` and `body`, typed by the spec, plus {@link RequestOptions}. */
export type CallInit<Operation> = ParamsOption<Operation> & BodyOption<Operation> & RequestOptions;

// The init argument is optional exactly when the operation needs no params or body (as in openapi-fetch).
type InitArgument<Init> = RequiredKeys<Init> extends never ? [Init?] : [Init];

/**
 * What a call resolves to: `data` (the success body, read as `parseAs` says) or `error` (the spec's error
 * body for that status, or an {@link ApiError} when there is no JSON object body), the `response`, and
 * {@link ResultMeta}. `error` is never typed `never`: every failure sets it, documented or not.
 */
export type ApiResult<Operation extends Record<string | number, unknown>, Init, Media extends MediaType = MediaType> = (
  | {
      data: ParseAsResponse<Readable<SuccessResponse<ResponseObjectMap<Operation>, Media>>, Init>;
      error?: never;
      response: Response;
    }
  | {
      data?: never;
      error: Readable<ErrorResponse<ResponseObjectMap<Operation>, Media>> | ApiError | DriftError;
      response: Response;
    }
) &
  ResultMeta;

/**
 * One HTTP method of the client, typed by the spec's paths like openapi-fetch's.
 * `Path` is constrained by `PathsWithMethod<Paths, Method>` directly, not by openapi-fetch's
 * `ClientPathsWithMethod<Client<Paths>, Method>`: inferring `Paths` back out of the whole `Client`
 * interface cost a consumer's first call about 150,000 type instantiations (0.8 s of `tsc`; pnpm bench).
 */
export type ApiMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends CallInit<OperationOf<Paths[Path], Method>>,
>(
  url: Path,
  ...init: InitArgument<Init>
) => Promise<ApiResult<OperationOf<Paths[Path], Method>, Init>>;

/**
 * A typed client: `GET`, `POST`, `PATCH`, `PUT`, `DELETE`, `HEAD`, `OPTIONS` take a path template of the
 * spec and resolve to `{ data, error, response, rateLimit, requestId }`: `data` is the body of a 2xx
 * response; on any failure `error` is set (the parsed error body, or an `ApiError` when the body is empty
 * or not JSON). HTTP statuses never throw; `unwrap(result)` turns a failure into a thrown `ApiError`.
 * Transport failures reject with `ConnectionError`, `TimeoutError` or `AbortError`; input the spec does
 * not allow (an object as a path id) rejects with a `TypeError` before anything is sent.
 */
export interface ApiClient<Paths extends {}> {
  GET: ApiMethod<Paths, "get">;
  PUT: ApiMethod<Paths, "put">;
  POST: ApiMethod<Paths, "post">;
  DELETE: ApiMethod<Paths, "delete">;
  OPTIONS: ApiMethod<Paths, "options">;
  HEAD: ApiMethod<Paths, "head">;
  PATCH: ApiMethod<Paths, "patch">;
  /** Adds middleware, run on every attempt of every later call (see {@link Middleware}). */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use()`. */
  eject(...middleware: Middleware[]): void;
}

/** The spec's header parameters, each a single value (an object would be sent as "[object Object]"). */
function headerParameters(values: Record<string, unknown> = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in values)
    if (values[name] !== undefined && values[name] !== null) headers[name] = scalar("header", name, values[name]);
  return headers;
}

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"] as const;

// Called on the global (a browser's fetch throws "Illegal invocation" on any other `this`), and looked up
// at each call, so a fetch patched after the client was made (MSW in a test) is the one used.
const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);
const parseAsValues = ["json", "text", "blob", "arrayBuffer", "stream"];

/**
 * Creates the client of one provider with the runtime contract every provider shares: base URL
 * (default: the spec's server), bearer token, provider and caller headers, a `User-Agent` outside
 * browsers, parameters that are values and never structure, bodies sent as what they are, per-attempt
 * timeouts that nothing can outlast, idempotency-aware retries, redirects that keep secrets at their
 * origin, results that never leave a failure without `error`, and redacted credentials.
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL, `token` is empty or not visible
 *   ASCII, a header cannot be sent, or `timeout`/`maxRetries` is invalid.
 */
export function createApiClient<Paths extends {}>(
  provider: ProviderInfo,
  options: ClientOptions = {},
): ApiClient<Paths> {
  const { id } = provider;
  const baseUrl = checkBaseUrl(id, options.baseUrl ?? provider.defaultBaseUrl);
  const timeout = checkTimeout(id, options.timeout ?? 30_000);
  const maxRetries = checkMaxRetries(id, options.maxRetries ?? 2);
  const token =
    typeof options.token === "function" || options.token === undefined ? options.token : checkToken(id, options.token);
  const inBrowser = runsInBrowser();
  const headers = addHeaders(
    addHeaders(inBrowser ? {} : { "user-agent": userAgent(provider) }, provider.defaultHeaders),
    options.headers,
  );
  const secretHeaders = [...SECRET_HEADERS, ...(options.secretHeaders ?? []).map((name) => name.toLowerCase())];
  const middleware = (options.middleware ?? []).map(checkMiddleware);
  const requestIdHeader = provider.requestIdHeader ?? "x-request-id";
  const warned = new Set<string>();
  const onDeprecation = options.onDeprecation ?? console.warn;
  const checkResponse = options.validate?.start(id, options);

  const call = async (method: string, path: string, init: Record<string, unknown> = {}) => {
    const {
      params = {},
      body,
      headers: callHeaders,
      signal,
      parseAs = "json",
      baseUrl: callBaseUrl,
      fetch = options.fetch ?? globalFetch,
      middleware: callMiddleware,
      timeout: callTimeout,
      maxRetries: callRetries,
      redirect = "follow",
      ...rest
    } = init as RequestOptions & { params?: Record<string, Record<string, unknown> | undefined>; body?: unknown };
    const operation = `${method} ${path}`;
    const context = { provider: id, operation };
    if (!parseAsValues.includes(parseAs))
      throw new TypeError(`${id}: parseAs must be one of ${parseAsValues.join(", ")}; got ${JSON.stringify(parseAs)}.`);
    const info = provider.operations?.[operation];
    const base = callBaseUrl === undefined ? baseUrl : checkBaseUrl(id, callBaseUrl);
    // The token first, so a per-call Authorization (or `null`) overrides it like any other header.
    const credential = typeof token === "function" ? await resolveToken(token, signal ?? undefined, context) : token;
    let url: string;
    let sent: Record<string, string>;
    let encoded: EncodedBody | undefined;
    try {
      if (body !== undefined && (method === "GET" || method === "HEAD"))
        throw new TypeError(`a ${method} request cannot have a body`);
      const query = buildQuery(params.query, info?.query);
      url = base + fillPath(path, params.path, info?.path) + (query ? `?${query}` : "");
      const authorization = credential === undefined ? {} : { authorization: `Bearer ${credential}` };
      sent = addHeaders(addHeaders({ ...headers, ...authorization }, callHeaders), headerParameters(params.header));
      encoded = body === undefined ? undefined : await encodeBody(body, info);
    } catch (error) {
      // Say which call was refused; nothing has been sent.
      if (error instanceof TypeError) error.message = `${id}: ${operation}: ${error.message}`;
      throw error;
    }
    if (encoded?.type && (encoded.forced || !sent["content-type"])) sent["content-type"] = encoded.type;
    const prepared: PreparedCall = {
      context,
      method,
      url,
      headers: sent,
      body: encoded,
      init: rest,
      redirect,
      followsRedirects: !inBrowser,
      parseAs,
      timeout: callTimeout === undefined ? timeout : checkTimeout(id, callTimeout),
      maxRetries: callRetries === undefined ? maxRetries : checkMaxRetries(id, callRetries),
      fetch,
      signal: signal ?? undefined,
      secretHeaders,
      secrets: credential === undefined ? [] : [credential],
      sent: [],
      // A copy: use() or eject() during the call does not change what its attempts run.
      middleware: [...middleware, ...(callMiddleware ?? []).map(checkMiddleware)],
      // What middleware hooks are told; built once per call, and only when there is middleware.
      hooks: () => ({
        schemaPath: path,
        params,
        id: Math.random().toString(36).slice(2),
        options: { baseUrl: base, parseAs, fetch },
      }),
      onRetry: options.onRetry,
    };
    const exchange = await send(prepared);
    const deprecation = exchange.response.headers.get("deprecation");
    const sunset = exchange.response.headers.get("sunset");
    if ((deprecation || sunset) && !warned.has(operation)) {
      warned.add(operation);
      onDeprecation({ provider: id, operation, deprecation, sunset });
    }
    const result = toResult(exchange, prepared, requestIdHeader);
    return checkResponse ? checkResponse(result, prepared) : result;
  };

  const client: Record<string, unknown> = {
    use: (...added: Middleware[]) => middleware.push(...added.map(checkMiddleware)),
    eject: (...removed: Middleware[]) => {
      for (const hook of removed) if (middleware.includes(hook)) middleware.splice(middleware.indexOf(hook), 1);
    },
  };
  for (const method of methods)
    client[method] = (path: string, init?: Record<string, unknown>) => call(method, path, init);
  return client as unknown as ApiClient<Paths>;
}
