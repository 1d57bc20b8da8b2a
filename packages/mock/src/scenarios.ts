/**
 * Scenarios: per operation, MSW handlers for what real APIs do and apps must survive — each documented
 * status with its example, a rate limit, an outage, a dropped connection, a slow answer. Put one in front
 * of the default handlers with `server.use(scenarios.getOrder.notFound())`.
 */
import { delay, type HttpHandler, HttpResponse, http as msw } from "msw";
import { mswPath, responseOf } from "./respond.js";
import { documentedResponse, type MockOperation, type MockSpec, type OpenApiDocument } from "./spec.js";
import { type StatusName, statusName } from "./statuses.js";

/** How many requests a scenario answers before it lets them through to the next handler. */
export interface ScenarioOptions {
  /** Default: every request (a scenario that says otherwise names its default). */
  times?: number | undefined;
}

/** Answers with a documented response: its status, its example's body and its headers. */
export type DocumentedScenario<Example extends string> = (
  options?: ScenarioOptions & {
    /** Which of the response's named examples to send. Default: its first. */
    example?: Example | undefined;
  },
) => HttpHandler;

/** The scenarios every operation has. */
export interface CommonScenarios {
  /**
   * `429 Too Many Requests` with `Retry-After` (whole seconds, default 1), and the operation's documented
   * 429 example when it has one. Every request by default: the client retries 429 after the wait, so
   * `times: 1` shows a retry that succeeds.
   */
  rateLimited(options?: ScenarioOptions & { retryAfter?: number | undefined }): HttpHandler;
  /**
   * `503 Service Unavailable`, `times` times (default once), then the operation's default answer: a GET
   * is retried and succeeds, a POST or PATCH is not retried and fails.
   */
  unavailable(options?: ScenarioOptions & { retryAfter?: number | undefined }): HttpHandler;
  /** The connection drops before any response (a network error: the client's `ConnectionError`). */
  connectionDropped(options?: ScenarioOptions): HttpHandler;
  /** Waits `milliseconds`, then lets the default handler answer (for timeouts and loading states). */
  delayed(milliseconds: number, options?: ScenarioOptions): HttpHandler;
}

/**
 * The names of the examples of each operation's documented responses, by operationId and status, as a
 * provider's generated `mock.ts` declares them: `{ getOrder: { "200": "subscriptionRenewal"; "404": "notFound" } }`.
 */
export type ExampleNames = { readonly [operationId: string]: { readonly [status: string]: string } };

/** An operation's scenarios: one per documented status (named by {@link StatusName}) and the common ones. */
export type OperationScenarios<Statuses extends ExampleNames[string]> = {
  readonly [Status in keyof Statuses & string as StatusName<Status>]: DocumentedScenario<Statuses[Status]>;
} & CommonScenarios;

/** Every operation's scenarios, by operationId. */
export type Scenarios<Examples extends ExampleNames> = {
  readonly [OperationId in keyof Examples]: OperationScenarios<Examples[OperationId]>;
};

type Resolver = (info: { request: Request }) => Response | undefined | Promise<Response | undefined>;

function operationScenarios(operation: MockOperation, document: OpenApiDocument): Record<string, unknown> {
  const path = `*${mswPath(operation.path)}`;
  const method = operation.method === "trace" ? "all" : operation.method;
  /** A handler answering `times` requests with `resolve`, then letting them through. */
  const limited = (times: number, resolve: Resolver): HttpHandler => {
    let left = times;
    return msw[method](path, async (info) => {
      if (left <= 0) return undefined;
      left--;
      return resolve(info);
    });
  };
  const documented = (status: string, example?: string) => documentedResponse(document, operation, status, example);
  const withRetryAfter = (status: string, seconds: number) => {
    const known = status in operation.responses ? documented(status) : { status: Number(status), headers: {} };
    return responseOf({ ...known, headers: { ...known.headers, "retry-after": String(seconds) } });
  };

  const scenarios: Record<string, unknown> = {
    rateLimited: ({ times = Number.POSITIVE_INFINITY, retryAfter = 1 } = {}) =>
      limited(times, () => withRetryAfter("429", retryAfter)),
    unavailable: ({ times = 1, retryAfter }: { times?: number; retryAfter?: number } = {}) =>
      limited(times, () =>
        retryAfter === undefined ? responseOf({ status: 503, headers: {} }) : withRetryAfter("503", retryAfter),
      ),
    connectionDropped: ({ times = Number.POSITIVE_INFINITY } = {}) => limited(times, () => HttpResponse.error()),
    delayed: (milliseconds: number, { times = Number.POSITIVE_INFINITY } = {}) =>
      limited(times, async () => {
        await delay(milliseconds);
        return undefined;
      }),
  };
  for (const status of Object.keys(operation.responses)) {
    scenarios[statusName(status)] = ({
      times = Number.POSITIVE_INFINITY,
      example,
    }: {
      times?: number;
      example?: string;
    } = {}) => limited(times, () => responseOf(documented(status, example)));
  }
  return scenarios;
}

/** The scenarios of every operation of `spec`. */
export function scenariosOf<Examples extends ExampleNames>(
  spec: MockSpec,
  document: OpenApiDocument,
): Scenarios<Examples> {
  return Object.fromEntries(
    Object.entries(spec.operations).map(([id, operation]) => [id, operationScenarios(operation, document)]),
  ) as Scenarios<Examples>;
}
