/**
 * Checks a request against its operation the way a server does: each parameter is read from the URL,
 * headers or cookies, turned from text into its schema's type, and validated; a JSON request body is
 * parsed and validated. Every problem becomes a {@link RequestIssue}, which a validation error style
 * turns into the provider's error body.
 */
import { fromPointer, isJsonMedia, valueAt } from "@specfirst/openapi-model";
import type { MockOperation, MockParameter, SchemaProblem, Validate, ValueType } from "./spec.js";

/** One way a request breaks its operation's description. */
export interface RequestIssue {
  /** The request part (`path`, `query`, `header`, `cookie`, `body`) and then field names and indexes. */
  readonly loc: readonly (string | number)[];
  /** The JSON Schema keyword that failed (`required` for a missing value), or `json` for a body that does not parse. */
  readonly keyword: string;
  /** The keyword's parameters (Ajv's), e.g. `{ type: "integer" }`, `{ allowedValues }`, `{ limit }`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The rejected value; `undefined` when it is missing. */
  readonly input: unknown;
  /** Whether the value was text (a parameter) rather than JSON, as servers word type errors differently. */
  readonly fromText: boolean;
}

/** What a request carries, as MSW hands it over. */
export interface IncomingRequest {
  readonly request: Request;
  readonly params: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly cookies: Readonly<Record<string, string>>;
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, "1": true, "0": false };

/** `text` as a value of `type` when it reads as one; else the text itself, which then fails validation. */
function fromText(text: string, type: ValueType): unknown {
  const trimmed = text.trim();
  if (type === "integer" && /^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  if (type === "number" && trimmed !== "" && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (type === "boolean" && trimmed.toLowerCase() in BOOLEANS) return BOOLEANS[trimmed.toLowerCase()];
  return text;
}

/** The parameter's raw text values (empty when it is absent). */
function rawValues(parameter: MockParameter, incoming: IncomingRequest, url: URL): string[] {
  switch (parameter.in) {
    case "path": {
      const value = incoming.params[parameter.name];
      return value === undefined ? [] : [value].flat();
    }
    case "query":
      return url.searchParams.getAll(parameter.name);
    case "header": {
      const value = incoming.request.headers.get(parameter.name);
      return value === null ? [] : [value];
    }
    case "cookie": {
      const value = incoming.cookies[parameter.name];
      return value === undefined ? [] : [value];
    }
  }
}

/** The segments of Ajv's `instancePath`, array indexes as numbers (as pydantic's `loc` has them). */
function pointerSegments(instancePath: string): (string | number)[] {
  return fromPointer(instancePath).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

// Ajv reports a failed `oneOf`/`anyOf`/`allOf`/`if` once more on top of its members' problems.
const SUMMARIES = new Set(["oneOf", "anyOf", "allOf", "if", "not"]);

/** The problems `validate` finds in `data`, located under `loc`. */
function problems(validate: Validate, data: unknown, loc: readonly (string | number)[], text: boolean): RequestIssue[] {
  if (validate(data)) return [];
  const found: SchemaProblem[] = validate.errors ?? [];
  // `T | null` fails its `null` branch too; like pydantic for an optional field, only T's problems count.
  const specific = found.filter(
    (problem) => !SUMMARIES.has(problem.keyword) && !(problem.keyword === "type" && problem.params.type === "null"),
  );
  return (specific.length > 0 ? specific : found).map((problem) => {
    const segments = pointerSegments(problem.instancePath);
    const missing = problem.keyword === "required" ? String(problem.params.missingProperty) : undefined;
    const extra = problem.keyword === "additionalProperties" ? String(problem.params.additionalProperty) : undefined;
    const named = missing ?? extra;
    const at = named === undefined ? segments : [...segments, named];
    return {
      loc: [...loc, ...at],
      keyword: problem.keyword,
      params: problem.params,
      input: missing === undefined ? valueAt(data, at.map(String)) : undefined,
      fromText: text,
    };
  });
}

function parameterIssues(parameter: MockParameter, incoming: IncomingRequest, url: URL): RequestIssue[] {
  const loc = [parameter.in, parameter.name];
  const texts = rawValues(parameter, incoming, url);
  if (texts.length === 0) {
    return parameter.required ? [{ loc, keyword: "required", params: {}, input: undefined, fromText: true }] : [];
  }
  const items = parameter.array !== "never" && !parameter.explode ? texts.flatMap((text) => text.split(",")) : texts;
  const asArray = parameter.array === "always" || (parameter.array === "either" && items.length > 1);
  const value = asArray
    ? items.map((text) => fromText(text, parameter.type))
    : fromText(items.at(-1) ?? "", parameter.type);
  return problems(parameter.validate, value, loc, true);
}

async function bodyIssues(operation: MockOperation, request: Request): Promise<RequestIssue[]> {
  const body = operation.body;
  if (!body) return [];
  const text = await request.text();
  if (text === "") {
    return body.required ? [{ loc: ["body"], keyword: "required", params: {}, input: undefined, fromText: false }] : [];
  }
  const media = request.headers.get("content-type") ?? "";
  if (!isJsonMedia(media) || !body.validate) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ loc: ["body"], keyword: "json", params: { error: String(error) }, input: text, fromText: true }];
  }
  return problems(body.validate, data, ["body"], false);
}

/** Every way `incoming` breaks `operation`'s parameters and request body; empty when it is valid. */
export async function requestIssues(operation: MockOperation, incoming: IncomingRequest): Promise<RequestIssue[]> {
  const url = new URL(incoming.request.url);
  const issues = operation.parameters.flatMap((parameter) => parameterIssues(parameter, incoming, url));
  return [...issues, ...(await bodyIssues(operation, incoming.request.clone()))];
}
