import { ApiError, DriftError, type ErrorContext } from "./errors.js";
import { redactText } from "./redact.js";
import { failure, failureOf, type RawResult } from "./result.js";
import { type ParseAs, type SentSecrets, sentSecrets } from "./transport.js";

/**
 * One problem a compiled validator found, as Ajv reports it without messages: `instancePath` is a JSON
 * Pointer into the body, `keyword` the schema rule that failed, `params` that rule's values.
 */
export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A validator compiled from the spec by `generate` (plain code, no `eval`): `true`, or `false` with `errors`. */
export interface Validate {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}

/**
 * The documented responses of one operation, generated into a client's `/validate` entry: per status
 * (`"200"`, `"4XX"`, `"default"`), the validator of its JSON body, or `null` when the spec gives that
 * status no JSON schema (its body is not checked).
 */
export interface OperationValidators {
  /** The spec's `operationId`, e.g. `"listOrders"`. */
  operationId: string;
  /** HTTP method and path template, e.g. `"GET /v1/users/orders/"`. */
  operation: string;
  responses: Readonly<Record<string, Validate | null>>;
}

/**
 * A difference between a response and the spec, found by `validate`. It names where and which rule,
 * never the value: a drift report is safe to log or send to an issue tracker.
 */
export interface Drift {
  /** Provider id, e.g. `"polar"`. */
  provider: string;
  /** HTTP method and path template, e.g. `"GET /v1/users/orders/"`. */
  operation: string;
  /** The spec's `operationId`. */
  operationId: string;
  /** The response's HTTP status code. */
  status: number;
  /**
   * JSON Pointer (RFC 6901) into the response body: `""` is the whole body, `/items/0/currency` a
   * property of the first item. A missing or unexpected property is at its own pointer.
   */
  pointer: string;
  /**
   * The rule that failed: a JSON Schema keyword (`required`, `type`, `enum`, `const`, `format`,
   * `minimum`, …), `additionalProperties` for a property the spec does not describe, or `status` for a
   * status code the operation does not document.
   */
  keyword: string;
  /** What the spec allows there, in words: `integer`, `"paid" | "pending"`, `present`, `date-time`, … */
  expected: string;
  /**
   * `error`: code typed by the spec may break (a missing or mistyped field, an undocumented status).
   * `info`: a property the spec does not describe; APIs add fields, so this only says the spec is behind.
   */
  severity: "error" | "info";
  /** One sentence for logs, e.g. `GET /orders → 200: /items/0/currency is missing; the spec requires it`. */
  message: string;
}

/** What a client does with the drifts it finds: report them (once per place), and fail the call or not. */
export interface DriftOptions {
  /** Called once per operation, status, place (array indexes aside) and rule; default `console.warn`. */
  onDrift?: ((drift: Drift) => void) | undefined;
  /** When `true`, a response with a drift of severity `error` becomes a failure whose `error` is a {@link DriftError}. */
  throwOnDrift?: boolean | undefined;
}

/** Checks one call's result against the spec; what a {@link ResponseValidation} makes for one client. */
export type ResponseCheck = (result: RawResult, call: CheckedCall) => RawResult;

/**
 * What a response check reads of the call it checks (the runtime passes its own record of the call):
 * the operation, how the body was read, and the secrets sent, which no report may contain.
 */
export interface CheckedCall extends SentSecrets {
  readonly context: ErrorContext;
  readonly parseAs: ParseAs;
}

/**
 * The response validators of a provider, to pass as a client's `validate` option: `validators` from
 * `@specfirst/<provider>/validate`, or `validateResponses({ listOrders, getOrder })` for only some.
 */
export interface ResponseValidation {
  /** Makes the check of one client, with its own record of the drifts already reported. */
  readonly start: (provider: string, options: DriftOptions) => ResponseCheck;
}

/**
 * The {@link ResponseValidation} of `operations` (each a generated `/validate` export): a client given it
 * validates every response of these operations against the schema of its status; other operations are
 * not checked.
 */
export function validateResponses(operations: Readonly<Record<string, OperationValidators>>): ResponseValidation {
  const byOperation = new Map(Object.values(operations).map((entry) => [entry.operation, entry]));
  return {
    start: (provider, { onDrift = console.warn, throwOnDrift = false }) => {
      const reported = new Set<string>();
      return (result, call) => {
        const entry = byOperation.get(call.context.operation);
        if (!entry) return result;
        const drifts = checkResponse(provider, entry, result, call);
        for (const drift of drifts) {
          // Array indexes aside: a field missing from every item of a page is one report.
          const place = `${drift.operation} ${drift.status} ${drift.pointer.replace(/\/\d+(?=\/|$)/g, "/-")} ${drift.keyword}`;
          if (!reported.has(place)) {
            reported.add(place);
            onDrift(drift);
          }
        }
        const errors = drifts.filter((drift) => drift.severity === "error");
        if (!throwOnDrift || errors.length === 0) return result;
        const cause = failureOf(result);
        const first = errors[0] as Drift;
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
        return failure(
          result,
          new DriftError(
            `HTTP ${first.status} does not match the spec: ${first.message.slice(`${first.operation} → ${first.status}: `.length)}${more}`,
            { ...call.context, status: first.status, requestId: result.requestId, drifts: errors },
            cause,
          ),
        );
      };
    },
  };
}

/** The drifts of one response: its status, then its JSON body against that status's schema. */
function checkResponse(provider: string, entry: OperationValidators, result: RawResult, call: CheckedCall): Drift[] {
  const { status } = result.response;
  const { responses } = entry;
  const report = (pointer: string, keyword: string, expected: string, problem: string, severity: Drift["severity"]) => {
    const safePointer = redactText(pointer, sentSecrets(call));
    return {
      provider,
      operation: entry.operation,
      operationId: entry.operationId,
      status,
      pointer: safePointer,
      keyword,
      expected,
      severity,
      message: `${entry.operation} → ${status}: ${problem.replace("{at}", safePointer || "the body")}`,
    };
  };
  // 304 answers a conditional request with no body; the spec rarely lists it.
  if (status === 304) return [];
  const validate = responses[status] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (validate === undefined) {
    const documented = Object.keys(responses).join(", ");
    return [
      report("", "status", documented, `status ${status} is not documented (the spec has ${documented})`, "error"),
    ];
  }
  const body = bodyOf(result, call);
  if (validate === null || body === undefined || validate(body.value)) return [];
  return explain(validate.errors ?? []).map((issue) => {
    const { keyword, params } = issue;
    const property = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const pointer = property === undefined ? issue.instancePath : `${issue.instancePath}/${pointerSegment(property)}`;
    const expected = expectation(keyword, params);
    const found = typeOf(at(body.value, pointer));
    const problem =
      keyword === "required"
        ? "{at} is missing; the spec requires it"
        : keyword === "additionalProperties"
          ? "{at} is not in the spec"
          : keyword === "type"
            ? `{at} is ${found === "null" ? "null" : `a${/^[aeiou]/.test(found) ? "n" : ""} ${found}`}; the spec says ${expected}`
            : keyword === "enum" || keyword === "const"
              ? `{at} has a value the spec does not list (it allows ${expected})`
              : `{at} breaks the spec's ${keyword} rule (${expected})`;
    return report(pointer, keyword, expected, problem, keyword === "additionalProperties" ? "info" : "error");
  });
}

/** The parsed JSON body of a result, if it has one: a success's `data`, or a failure's parsed error body. */
function bodyOf(result: RawResult, call: CheckedCall): { value: unknown } | undefined {
  if (!("error" in result))
    return call.parseAs === "json" && result.data !== undefined ? { value: result.data } : undefined;
  const { error } = result;
  // A text body (not JSON) is the error as it is: there is nothing to hold against a schema.
  if (typeof error === "string") return undefined;
  if (!(error instanceof ApiError)) return { value: error };
  // An ApiError holds a body that was not a JSON object: parsed JSON (an array, a string) or raw text.
  return typeof error.body === "string" ? undefined : { value: error.body };
}

/**
 * The issues worth reporting. A union (`anyOf`/`oneOf`) that failed reports the problems of the branches
 * whose type fits the value (for `T | null` and an object: T's), or, when no branch's type fits, one
 * `type` issue listing the branch types. Ajv reports a union's branch issues right before its own, under
 * its `instancePath`. `if` issues only repeat the issues of their `then`.
 */
function explain(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const kept: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.keyword === "if") continue;
    if ((issue.keyword !== "anyOf" && issue.keyword !== "oneOf") || issue.params.passingSchemas) {
      kept.push(issue);
      continue;
    }
    const at = issue.instancePath;
    let start = kept.length;
    while (start > 0 && within((kept[start - 1] as ValidationIssue).instancePath, at)) start--;
    const branches = kept.splice(start);
    const misfits = branches.filter((branch) => branch.keyword === "type" && branch.instancePath === at);
    const fitting = branches.filter((branch) => !misfits.includes(branch));
    if (fitting.length > 0) kept.push(...fitting);
    else if (misfits.length > 0)
      kept.push({ ...issue, keyword: "type", params: { type: misfits.flatMap((misfit) => misfit.params.type) } });
    else kept.push(issue);
  }
  return kept;
}

function within(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

/** What a rule allows, in words; made from the spec's values (enum members, limits), never the response's. */
function expectation(keyword: string, params: Record<string, unknown>): string {
  const list = (values: unknown) =>
    [values]
      .flat()
      .map((value) => JSON.stringify(value))
      .join(" | ");
  switch (keyword) {
    case "type":
      return [params.type].flat().join(" | ");
    case "enum":
      return list(params.allowedValues);
    case "const":
      return list(params.allowedValue);
    case "required":
      return "present";
    case "additionalProperties":
      return "absent";
    case "format":
      return String(params.format);
    case "pattern":
      return `matches ${String(params.pattern)}`;
    default:
      return "comparison" in params
        ? `${String(params.comparison)} ${String(params.limit)}`
        : "limit" in params
          ? `${keyword} ${String(params.limit)}`
          : JSON.stringify(params);
  }
}

/** A property name as a JSON Pointer segment. */
function pointerSegment(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The value at `pointer` in `value`, or `undefined`. */
function at(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of pointer.split("/").slice(1)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return current;
}

/** The JSON type of a value: `null`, `array`, `integer`, `number`, `string`, `boolean` or `object`. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}
