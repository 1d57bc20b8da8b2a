/**
 * `@specfirst/mock`: MSW handlers for a provider, made from what its generated `mock.ts` describes.
 * Each client package exports them as `@specfirst/<provider>/mock`, so apps import that entry rather
 * than this module; this package also has the `specfirst-mock` CLI, which serves them over HTTP.
 * MSW 2 (`msw`) is a peer dependency: the app's own copy intercepts the requests.
 *
 * @packageDocumentation
 */
import { type HttpHandler, HttpResponse, http as msw } from "msw";
import { createOpenApiHttp, type OpenApiHttpHandlers } from "openapi-msw";
import { type IncomingRequest, requestIssues } from "./request.js";
import { mswPath, responseOf } from "./respond.js";
import { type ExampleNames, type Scenarios, scenariosOf } from "./scenarios.js";
import { documentedResponse, type MockOperation, type MockSpec, type OpenApiDocument } from "./spec.js";
import { validationErrorAnswer } from "./validation-error.js";

export type { RequestIssue } from "./request.js";
export type {
  CommonScenarios,
  DocumentedScenario,
  OperationScenarios,
  ScenarioOptions,
  Scenarios,
} from "./scenarios.js";
export type {
  MockOperation,
  MockParameter,
  MockSpec,
  OpenApiDocument,
  SchemaProblem,
  Validate,
  ValidationErrorStyle,
  ValueType,
} from "./spec.js";
export { type StatusName, statusName } from "./statuses.js";

/** Options of {@link ProviderMocks.createHandlers}. */
export interface HandlerOptions {
  /**
   * The base URL (or URLs) to answer on, as given to the client's `baseUrl`, e.g.
   * `http://127.0.0.1:4010`; a path such as `/api` matches on any origin the requests come from (as a
   * server does). Default: every server URL of the spec.
   */
  baseUrl?: string | readonly string[] | undefined;
  /** Add an `x-mock-operation` response header naming the operationId that answered (the CLI's log uses it). */
  operationHeader?: boolean | undefined;
}

/** What a provider's `/mock` entry exports. */
export interface ProviderMocks<Paths extends object, Examples extends ExampleNames> {
  /**
   * One MSW handler per operation on every server URL of the spec, each answering a valid request with
   * the example of the operation's first documented 2xx response and an invalid one with the provider's
   * validation error; then, per server URL, a handler answering any other path or method with a
   * `501 Not Implemented` (and a console error) so that a call the spec does not have never passes unseen.
   */
  readonly handlers: HttpHandler[];
  /** The same handlers on other base URLs (a test server, a proxy): see {@link HandlerOptions}. */
  createHandlers(options?: HandlerOptions): HttpHandler[];
  /**
   * MSW's `http`, typed by the spec's `paths` (openapi-msw): `http.get("/v1/users/orders/{id}", …)` knows
   * the path parameters, the query and the response bodies per status. Its handlers match the path on
   * any origin; put them in front of the defaults with `server.use(...)`.
   */
  readonly http: OpenApiHttpHandlers<Paths>;
  /** Ready-made answers per operation: every documented status, and rate limits, outages, drops and delays. */
  readonly scenarios: Scenarios<Examples>;
}

function templateMatcher(template: string): RegExp {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${pattern}/?$`);
}

/**
 * Builds a provider's mocks from its generated description and its shipped `openapi.json`.
 * @throws Error when a handler answers from an `openapi.json` that lacks a response the description
 * names (the two come from different builds).
 */
export function defineMocks<Paths extends object, Examples extends ExampleNames>(
  spec: MockSpec,
  document: OpenApiDocument,
): ProviderMocks<Paths, Examples> {
  const operations = Object.entries(spec.operations).sort(
    // Literal segments before templated ones: `/plans/featured` must win over `/plans/{plan}`.
    ([, a], [, b]) => a.path.split("{").length - b.path.split("{").length,
  );

  function operationHandler(base: string, id: string, operation: MockOperation, label: boolean): HttpHandler {
    return msw[operation.method === "trace" ? "all" : operation.method](
      `${base}${mswPath(operation.path)}`,
      async (info) => {
        const issues = await requestIssues(operation, info as unknown as IncomingRequest);
        const answer =
          issues.length > 0
            ? { headers: {}, ...validationErrorAnswer(spec.validationError, issues) }
            : documentedResponse(document, operation, operation.success);
        return responseOf(label ? { ...answer, headers: { ...answer.headers, "x-mock-operation": id } } : answer);
      },
    );
  }

  function notInSpec(base: string): HttpHandler {
    const basePath = new URL(base, "http://base.invalid").pathname.replace(/\/$/, "");
    return msw.all(`${base}/*`, ({ request }) => {
      const path = new URL(request.url).pathname.slice(basePath.length);
      const methods = operations
        .filter(([, operation]) => templateMatcher(operation.path).test(path))
        .map(([, operation]) => operation.method.toUpperCase());
      const detail =
        `${spec.provider}'s spec has no operation ${request.method} ${path}` +
        (methods.length > 0 ? ` (that path has ${methods.join(", ")})` : "") +
        `. Answered 501 by the ${spec.provider} mocks; add a handler with server.use() if the call is meant.`;
      console.error(`[mock] ${detail}`);
      return HttpResponse.json({ error: "NotInSpec", detail }, { status: 501 });
    });
  }

  function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
    const bases = [options.baseUrl ?? spec.servers].flat().map((base) => base.replace(/\/+$/, ""));
    return [
      ...bases.flatMap((base) =>
        operations.map(([id, operation]) => operationHandler(base, id, operation, options.operationHeader === true)),
      ),
      ...bases.map(notInSpec),
    ];
  }

  return {
    handlers: createHandlers(),
    createHandlers,
    http: createOpenApiHttp<Paths>({ baseUrl: "*" }),
    scenarios: scenariosOf<Examples>(spec, document),
  };
}
