import createClient, {
  type ClientOptions as BaseOptions,
  type Client,
  type ParamsOption,
  type ParseAsResponse,
  type RequestBodyOption,
} from "openapi-fetch";
import type {
  ErrorResponse,
  HttpMethod,
  MediaType,
  PathsWithMethod,
  Readable,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import { Attempt, throwIfAborted } from "./attempt.js";
import { checkToken, resolveToken } from "./auth.js";
import { mediaTypeOf, serializeBody } from "./body.js";
import { type ApiError, type DriftError, named, TimeoutError } from "./errors.js";
import { checkHeaders, layer } from "./headers.js";
import type { Middleware } from "./middleware.js";
import { buildQuery, fillPath, scalar } from "./operations.js";
import {
  type CallOptions,
  type ClientOptions,
  checkBaseUrl,
  checkMaxRetries,
  checkTimeout,
  type FetchOptions,
  type ProviderInfo,
} from "./options.js";
import { SECRET_HEADERS } from "./redact.js";
import { type FetchResult, type ResultMeta, toResult } from "./result.js";
import { type Call, type ParseAs, transport } from "./transport.js";
import { runsInBrowser, userAgent } from "./user-agent.js";

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];
type OperationOf<PathItem, Method extends HttpMethod> = PathItem extends {
  [M in Method]: infer Operation extends Record<string | number, unknown>;
}
  ? Operation
  : never;

/**
 * Per-call options besides `params` and `body`: {@link CallOptions} and every option of openapi-fetch
 * (`headers`, `signal`, `parseAs`, `baseUrl`, `fetch`, `Request`, the serializers, `middleware`) and of
 * `RequestInit` (`credentials`, `cache`, `keepalive`, `redirect`, undici's `dispatcher`, …).
 */
export type RequestOptions = CallOptions &
  FetchOptions & {
    /** Aborts the call (every attempt and the waits between them) with an `AbortError`. */
    signal?: AbortSignal | null | undefined;
    /** How a successful body is read: `json` (default), `text`, `blob`, `arrayBuffer` or `stream` (unread). */
    parseAs?: ParseAs | undefined;
    /** Middleware for this call only, run after the client's. */
    middleware?: Middleware[] | undefined;
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
 * body for that status, or an {@link ApiError} when the body is empty; as in openapi-fetch, a body that
 * is not JSON is its text, which the type does not list), the `response`, and {@link ResultMeta}.
 * `error` is never typed `never`: every failure sets it.
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

/** `client.request(method, path, init)`: any method, by name (`"get"` or `"GET"`), as openapi-fetch's. */
export type ApiRequestMethod<Paths extends {}> = <
  Method extends HttpMethod,
  Path extends PathsWithMethod<Paths, Method>,
  Init extends CallInit<OperationOf<Paths[Path], Method>>,
>(
  method: Method | Uppercase<Method>,
  url: Path,
  ...init: InitArgument<Init>
) => Promise<ApiResult<OperationOf<Paths[Path], Method>, Init>>;

type Base<Paths extends {}> = Client<Paths, "application/json">;

/**
 * A typed client, and an openapi-fetch `Client<paths, "application/json">` (so openapi-react-query,
 * swr-openapi and `wrapAsPathBasedClient` take it): `GET`, `PUT`, `POST`, `DELETE`, `OPTIONS`, `HEAD`,
 * `PATCH`, `TRACE` and `request()` take a path template of the spec and resolve to
 * `{ data, error, response, rateLimit, requestId }`: `data` is the body of a 2xx response; on any
 * failure `error` is set (the error body, or an `ApiError` when it is empty). HTTP statuses never throw;
 * `unwrap(result)` turns a failure into a thrown `ApiError`. Transport failures reject with
 * `ConnectionError`, `TimeoutError` or `AbortError`; input the spec does not allow (an object as a path
 * id) rejects with a `TypeError` before anything is sent.
 */
export interface ApiClient<Paths extends {}> extends Base<Paths> {
  request: ApiRequestMethod<Paths> & Base<Paths>["request"];
  GET: ApiMethod<Paths, "get"> & Base<Paths>["GET"];
  PUT: ApiMethod<Paths, "put"> & Base<Paths>["PUT"];
  POST: ApiMethod<Paths, "post"> & Base<Paths>["POST"];
  DELETE: ApiMethod<Paths, "delete"> & Base<Paths>["DELETE"];
  OPTIONS: ApiMethod<Paths, "options"> & Base<Paths>["OPTIONS"];
  HEAD: ApiMethod<Paths, "head"> & Base<Paths>["HEAD"];
  PATCH: ApiMethod<Paths, "patch"> & Base<Paths>["PATCH"];
  // TRACE keeps openapi-fetch's type alone: with every method redeclared, TypeScript infers `paths` as `{}`
  // where a function takes an openapi-fetch `Client<paths>` (wrapAsPathBasedClient, openapi-react-query).
}

/** An operation's serializers as its spec says (`undefined` where the client has its own). */
interface SpecSerializers {
  querySerializer: ((query: Record<string, unknown>) => string) | undefined;
  pathSerializer: ((url: string, values: Record<string, unknown>) => string) | undefined;
}

const parseAsValues = ["json", "text", "blob", "arrayBuffer", "stream"];

/**
 * Creates the client of one provider: an openapi-fetch client (`createClient`) with the runtime contract
 * every provider shares added through openapi-fetch's own options: base URL (default: the spec's server),
 * bearer token, provider and caller headers, a `User-Agent` outside browsers, parameters serialized as
 * the spec says and never as structure, bodies sent as what they are, a `fetch` that runs per-attempt
 * timeouts nothing can outlast, idempotency-aware retries and redirects that keep secrets at their
 * origin, and results that never leave a failure without `error`, with credentials redacted.
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL, `token` is empty or not visible
 *   ASCII, a header cannot be sent, or `timeout`/`maxRetries` is invalid.
 */
export function createApiClient<Paths extends {}>(
  provider: ProviderInfo,
  options: ClientOptions = {},
): ApiClient<Paths> {
  const { id } = provider;
  const {
    baseUrl: givenBaseUrl,
    token: givenToken,
    headers: givenHeaders,
    secretHeaders: givenSecretHeaders = [],
    timeout: givenTimeout = 30_000,
    maxRetries: givenRetries = 2,
    fetch: givenFetch,
    Request: givenRequest = globalThis.Request,
    redirect: givenRedirect = "follow",
    dispatcher: givenDispatcher,
    middleware = [],
    onRetry,
    onDeprecation = console.warn,
    validate,
    onDrift: _onDrift,
    throwOnDrift: _throwOnDrift,
    ...fetchOptions
  } = options;
  const baseUrl = checkBaseUrl(id, givenBaseUrl ?? provider.defaultBaseUrl);
  const timeout = checkTimeout(id, givenTimeout);
  const maxRetries = checkMaxRetries(id, givenRetries);
  const token = typeof givenToken === "string" ? checkToken(id, givenToken) : givenToken;
  named(id, () => checkHeaders(givenHeaders));
  const inBrowser = runsInBrowser();
  const headers = layer(
    {
      ...(inBrowser ? {} : { "user-agent": userAgent(provider) }),
      ...provider.defaultHeaders,
      ...(typeof token === "string" ? { authorization: `Bearer ${token}` } : {}),
    },
    givenHeaders,
  );
  const secretHeaders = [...SECRET_HEADERS, ...givenSecretHeaders.map((name) => name.toLowerCase())];
  const requestIdHeader = provider.requestIdHeader ?? "x-request-id";
  const warned = new Set<string>();
  const checkResponse = validate?.start(id, options);
  const base = createClient<Paths, "application/json">({
    ...(fetchOptions as BaseOptions),
    baseUrl,
    headers,
    Request: givenRequest,
  });
  base.use(...middleware);
  // Whether any middleware may run: without, nothing but the transport can hang before a response.
  const registered = new Set(middleware);
  /** The spec's serializers of each operation (at the client's base URL), made once. */
  const serializers = new Map<string, SpecSerializers>();
  const serializersOf = (operation: string, prefix: string, callBase: string): SpecSerializers => {
    const info = provider.operations?.[operation];
    return {
      querySerializer: fetchOptions.querySerializer
        ? undefined
        : (query: Record<string, unknown>) => named(prefix, () => buildQuery(query, info?.query)),
      pathSerializer: fetchOptions.pathSerializer
        ? undefined
        : (url: string, values: Record<string, unknown>) =>
            callBase + named(prefix, () => fillPath(url.slice(callBase.length), values, info?.path)),
    };
  };

  const call = async (method: string, path: string, init: Record<string, unknown> = {}): Promise<unknown> => {
    const {
      params = {},
      body,
      headers: callHeaders,
      signal: callSignal,
      parseAs = "json",
      baseUrl: callBaseUrl,
      fetch = givenFetch,
      Request = givenRequest,
      redirect = givenRedirect,
      timeout: callTimeout = timeout,
      maxRetries: callRetries = maxRetries,
      querySerializer,
      pathSerializer,
      bodySerializer,
      dispatcher = givenDispatcher,
      ...rest
    } = init as RequestOptions & { params?: Record<string, Record<string, unknown> | undefined>; body?: unknown };
    const operation = `${method} ${path}`;
    const context = { provider: id, operation };
    const signal = callSignal ?? undefined;
    const info = provider.operations?.[operation];
    const callBase = callBaseUrl === undefined ? baseUrl : checkBaseUrl(id, callBaseUrl);
    const prefix = `${id}: ${operation}`;
    named(prefix, () => {
      if (!parseAsValues.includes(parseAs))
        throw new TypeError(`parseAs must be one of ${parseAsValues.join(", ")}; got ${JSON.stringify(parseAs)}`);
      if (body !== undefined && (method === "GET" || method === "HEAD"))
        throw new TypeError(`a ${method} request cannot have a body`);
      if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream)
        throw new TypeError(
          "a ReadableStream body cannot be resent on a retry or redirect; pass a Blob or an ArrayBuffer",
        );
      checkHeaders(callHeaders);
      for (const [name, value] of Object.entries(params.header ?? {})) if (value != null) scalar("header", name, value);
    });
    const attemptTimeout = checkTimeout(id, callTimeout);
    const retries = checkMaxRetries(id, callRetries);
    const credential = typeof token === "function" ? await resolveToken(token, signal, context) : token;
    const call: Call = {
      context,
      method,
      parseAs,
      timeout: attemptTimeout,
      maxRetries: retries,
      signal,
      fetch,
      Request,
      redirect,
      followsRedirects: !inBrowser,
      first: new Attempt(signal, attemptTimeout),
      secretHeaders,
      secrets: credential === undefined ? [] : [credential],
      sent: [],
      onRetry,
    };
    // The getter's token beneath the caller's headers, so a per-call Authorization (or `null`) overrides it;
    // none at all for a plain call (the body serializer may add the body's media type).
    const sent =
      typeof token === "function" || callHeaders || body !== undefined
        ? layer(typeof token === "function" ? { authorization: `Bearer ${credential}` } : {}, callHeaders)
        : undefined;
    const cached = callBase === baseUrl ? serializers.get(operation) : undefined;
    const spec = cached ?? serializersOf(operation, prefix, callBase);
    if (!cached && callBase === baseUrl) serializers.set(operation, spec);
    const fetchInit = {
      ...rest,
      // Our path serializer refuses a missing parameter; openapi-fetch calls it only when there are some.
      params: params.path || !path.includes("{") ? params : { ...params, path: {} },
      body,
      parseAs,
      baseUrl: callBase,
      headers: sent,
      Request,
      // No signal: the attempts carry their own, linked to the caller's and unlinked when each ends (a
      // request that followed the caller's signal would leave a listener on it for every call).
      signal: undefined,
      // Outside browsers the runtime follows redirects itself (see transport.ts).
      redirect: inBrowser ? redirect : "manual",
      // undici takes a per-call dispatcher from fetch's second argument only.
      fetch: (request: Request, ext?: Record<string, unknown>) =>
        transport(call, request, dispatcher === undefined ? ext : { ...ext, dispatcher }),
      // The spec's serialization unless the caller (per call, or for the client) brings their own.
      querySerializer: querySerializer ?? spec.querySerializer,
      pathSerializer: pathSerializer ?? spec.pathSerializer,
      bodySerializer:
        bodySerializer ??
        (fetchOptions.bodySerializer || body === undefined
          ? undefined
          : (value: unknown, merged?: Headers) => {
              const serialized = named(prefix, () => serializeBody(value, merged?.get("content-type") ?? null, info));
              // openapi-fetch would send application/json; a Blob, bytes or a form say what they are.
              const type = mediaTypeOf(serialized);
              if (type && sent && !merged?.has("content-type")) sent["content-type"] = type;
              return serialized;
            }),
    };
    let result: FetchResult;
    try {
      const start = () => base.request(method as "get", path as never, fetchInit as never) as Promise<FetchResult>;
      // Until the transport takes the first attempt over (its race replaces this one), the attempt's
      // timeout and the caller's abort end a middleware hook that never settles.
      result = await (registered.size || fetchInit.middleware?.length ? call.first.raceWhile(start) : start());
    } catch (error) {
      if (call.sent.length === 0) {
        throwIfAborted(signal, context);
        if (call.first.timedOut)
          throw new TimeoutError(`timed out after ${attemptTimeout} ms`, { ...context, timeout: attemptTimeout });
      }
      // The body of a 2xx that is not JSON: the SyntaxError is not kept (V8 quotes the body, which may hold a secret).
      const { response } = call;
      if (!(response && error instanceof SyntaxError)) throw error;
      result = { error: await response.text(), response, invalid: "invalid JSON" };
    } finally {
      // The first attempt's timer, when nothing was sent (a middleware answered, or a serializer refused).
      if (call.sent.length === 0) call.first.end();
    }
    const { response } = result;
    const deprecation = response.headers.get("deprecation");
    const sunset = response.headers.get("sunset");
    if ((deprecation || sunset) && !warned.has(operation)) {
      warned.add(operation);
      onDeprecation({ provider: id, operation, deprecation, sunset });
    }
    const completed = toResult(result, call, requestIdHeader);
    return checkResponse ? checkResponse(completed, call) : completed;
  };

  const client = Object.create(base) as Record<string, unknown>;
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"])
    client[method] = (path: string, init?: Record<string, unknown>) => call(method, path, init);
  client.request = (method: string, path: string, init?: Record<string, unknown>) =>
    call(String(method).toUpperCase(), path, init);
  client.use = (...added: Middleware[]) => {
    base.use(...added);
    for (const hook of added) if (hook) registered.add(hook);
  };
  client.eject = (...removed: Middleware[]) => {
    base.eject(...removed);
    for (const hook of removed) registered.delete(hook);
  };
  return client as unknown as ApiClient<Paths>;
}
