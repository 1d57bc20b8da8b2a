/**
 * The body a provider answers an invalid request with, in its own words: FastAPI's (pydantic's) error
 * list, Laravel's field messages or an RFC 9457 problem document, built from the request's issues.
 */
import { toPointer } from "@specfirst/openapi-model";
import type { RequestIssue } from "./request.js";
import type { ValidationErrorStyle } from "./spec.js";
import { REASONS } from "./statuses.js";

/** A response to send: status, content type and JSON body. */
export interface ErrorAnswer {
  readonly status: number;
  readonly media: string;
  readonly body: unknown;
}

const limit = (issue: RequestIssue) => issue.params.limit as number;
const quoted = (values: readonly unknown[]) => values.map((value) => `'${String(value)}'`);

function listed(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}

/** pydantic's error type stem, its noun, and its message for text that does not parse, per JSON type. */
const PYDANTIC_TYPES: Record<string, [kind: string, noun: string, unparsable?: string]> = {
  integer: ["int", "a valid integer", "unable to parse string as an integer"],
  number: ["float", "a valid number", "unable to parse string as a number"],
  boolean: ["bool", "a valid boolean", "unable to interpret input"],
  string: ["string", "a valid string"],
  array: ["list", "a valid list"],
  object: ["model_attributes", "a valid dictionary or object to extract fields from"],
  null: ["none_required", "None"],
};

const PYDANTIC_FORMATS: Record<string, [type: string, msg: string]> = {
  uuid: ["uuid_parsing", "Input should be a valid UUID"],
  "date-time": ["datetime_parsing", "Input should be a valid datetime"],
  date: ["date_parsing", "Input should be a valid date"],
  uri: ["url_parsing", "Input should be a valid URL"],
  email: ["value_error", "value is not a valid email address"],
};

const ANY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** pydantic v2's `type`, `msg` and `ctx` for one issue. */
function pydantic(issue: RequestIssue): { type: string; msg: string; ctx?: Record<string, unknown> } {
  const { params } = issue;
  switch (issue.keyword) {
    case "required":
      return { type: "missing", msg: "Field required" };
    case "json":
      return { type: "json_invalid", msg: "JSON decode error" };
    case "type": {
      const [kind, noun, unparsable] = PYDANTIC_TYPES[String([params.type].flat()[0])] ?? ["value", "valid"];
      return issue.fromText && typeof issue.input === "string" && unparsable
        ? { type: `${kind}_parsing`, msg: `Input should be ${noun}, ${unparsable}` }
        : { type: `${kind}_type`, msg: `Input should be ${noun}` };
    }
    case "enum": {
      const expected = listed(quoted(params.allowedValues as unknown[]));
      return { type: "enum", msg: `Input should be ${expected}`, ctx: { expected } };
    }
    case "const": {
      const expected = quoted([params.allowedValue])[0] ?? "";
      return { type: "literal_error", msg: `Input should be ${expected}`, ctx: { expected } };
    }
    case "format": {
      const format = String(params.format);
      if (format === "uuid4" && ANY_UUID.test(String(issue.input))) {
        return { type: "uuid_version", msg: "UUID version 4 expected", ctx: { expected_version: 4 } };
      }
      const [type, msg] = PYDANTIC_FORMATS[format.replace(/^uuid\d$/, "uuid")] ?? [
        "value_error",
        `Value error, must be a valid ${format}`,
      ];
      return { type, msg };
    }
    case "exclusiveMinimum":
      return { type: "greater_than", msg: `Input should be greater than ${limit(issue)}`, ctx: { gt: limit(issue) } };
    case "minimum":
      return {
        type: "greater_than_equal",
        msg: `Input should be greater than or equal to ${limit(issue)}`,
        ctx: { ge: limit(issue) },
      };
    case "exclusiveMaximum":
      return { type: "less_than", msg: `Input should be less than ${limit(issue)}`, ctx: { lt: limit(issue) } };
    case "maximum":
      return {
        type: "less_than_equal",
        msg: `Input should be less than or equal to ${limit(issue)}`,
        ctx: { le: limit(issue) },
      };
    case "minLength":
      return {
        type: "string_too_short",
        msg: `String should have at least ${limit(issue)} character${limit(issue) === 1 ? "" : "s"}`,
        ctx: { min_length: limit(issue) },
      };
    case "maxLength":
      return {
        type: "string_too_long",
        msg: `String should have at most ${limit(issue)} character${limit(issue) === 1 ? "" : "s"}`,
        ctx: { max_length: limit(issue) },
      };
    case "minItems":
      return {
        type: "too_short",
        msg: `List should have at least ${limit(issue)} items`,
        ctx: { min_length: limit(issue) },
      };
    case "maxItems":
      return {
        type: "too_long",
        msg: `List should have at most ${limit(issue)} items`,
        ctx: { max_length: limit(issue) },
      };
    case "pattern":
      return {
        type: "string_pattern_mismatch",
        msg: `String should match pattern '${String(params.pattern)}'`,
        ctx: { pattern: params.pattern },
      };
    case "additionalProperties":
      return { type: "extra_forbidden", msg: "Extra inputs are not permitted" };
    default:
      return { type: "value_error", msg: `Value error, the value breaks the schema's \`${issue.keyword}\`` };
  }
}

const LARAVEL_TYPES: Record<string, string> = {
  integer: "must be an integer",
  number: "must be a number",
  boolean: "must be true or false",
  string: "must be a string",
  array: "must be an array",
  object: "must be an array",
};

const LARAVEL_FORMATS: Record<string, string> = {
  uuid: "must be a valid UUID",
  "date-time": "must be a valid date",
  date: "must be a valid date",
  email: "must be a valid email address",
  uri: "must be a valid URL",
};

/** Laravel's English message for one issue, with the attribute named as Laravel does (`per_page` → "per page"). */
function laravel(issue: RequestIssue, field: string): string {
  const attribute = field.replaceAll("_", " ");
  const { params } = issue;
  switch (issue.keyword) {
    case "required":
      return `The ${attribute} field is required.`;
    case "json":
      return "The request body must be valid JSON.";
    case "type":
      return `The ${attribute} field ${LARAVEL_TYPES[String([params.type].flat()[0])] ?? "is invalid"}.`;
    case "enum":
    case "const":
      return `The selected ${attribute} is invalid.`;
    case "format":
      return `The ${attribute} field ${LARAVEL_FORMATS[String(params.format).replace(/^uuid\d$/, "uuid")] ?? "format is invalid"}.`;
    case "minimum":
      return `The ${attribute} field must be at least ${limit(issue)}.`;
    case "exclusiveMinimum":
      return `The ${attribute} field must be greater than ${limit(issue)}.`;
    case "maximum":
      return `The ${attribute} field must not be greater than ${limit(issue)}.`;
    case "exclusiveMaximum":
      return `The ${attribute} field must be less than ${limit(issue)}.`;
    case "minLength":
      return `The ${attribute} field must be at least ${limit(issue)} characters.`;
    case "maxLength":
      return `The ${attribute} field must not be greater than ${limit(issue)} characters.`;
    case "pattern":
      return `The ${attribute} field format is invalid.`;
    default:
      return `The ${attribute} field is invalid.`;
  }
}

/** `["query", "per_page"]` → `per_page`; `["body", "items", 0, "id"]` → `items.0.id`. */
function laravelField(issue: RequestIssue): string {
  const [where, ...rest] = issue.loc;
  return rest.length > 0 ? rest.join(".") : String(where);
}

/** RFC 9457 problem details point at a body member with a JSON Pointer fragment: `#/items/0/id`. */
const pointerOf = (segments: readonly (string | number)[]) => `#${toPointer(segments)}`;

/** The answer to a request with `issues` (at least one), in `style`. */
export function validationErrorAnswer(style: ValidationErrorStyle, issues: readonly RequestIssue[]): ErrorAnswer {
  switch (style.style) {
    case "fastapi": {
      const detail = issues.map((issue) => ({ ...pydantic(issue), loc: issue.loc, input: issue.input ?? null }));
      const body = style.name === undefined ? { detail } : { error: style.name, detail };
      return { status: style.status, media: "application/json", body };
    }
    case "laravel": {
      const errors: Record<string, string[]> = {};
      for (const issue of issues) {
        const field = laravelField(issue);
        errors[field] = [...(errors[field] ?? []), laravel(issue, field)];
      }
      const messages = Object.values(errors).flat();
      const more = messages.length - 1;
      const message = `${messages[0]}${more > 0 ? ` (and ${more} more error${more === 1 ? "" : "s"})` : ""}`;
      return { status: style.status, media: "application/json", body: { message, errors } };
    }
    case "problem": {
      const errors = issues.map((issue) => {
        const [where, name, ...rest] = issue.loc;
        const detail = `${pydantic(issue).msg}.`;
        return where === "body"
          ? { detail, pointer: pointerOf(issue.loc.slice(1)) }
          : { detail, parameter: String(name), ...(rest.length > 0 ? { pointer: pointerOf(rest) } : {}) };
      });
      const body = {
        type: "about:blank",
        title: REASONS[String(style.status) as keyof typeof REASONS] ?? "Bad Request",
        status: style.status,
        detail: "The request does not match the API's description.",
        errors,
      };
      return { status: style.status, media: "application/problem+json", body };
    }
  }
}
