import { describe, expect, it } from "vitest";
import type { RequestIssue } from "../src/request.js";
import { statusName } from "../src/statuses.js";
import { validationErrorAnswer } from "../src/validation-error.js";

const missingLimit: RequestIssue = {
  loc: ["query", "per_page"],
  keyword: "required",
  params: {},
  input: undefined,
  fromText: true,
};
const notInteger: RequestIssue = {
  loc: ["query", "per_page"],
  keyword: "type",
  params: { type: "integer" },
  input: "ten",
  fromText: true,
};
const badEnum: RequestIssue = {
  loc: ["body", "items", 0, "kind"],
  keyword: "enum",
  params: { allowedValues: ["a", "b", "c"] },
  input: "d",
  fromText: false,
};

describe("validation error styles", () => {
  it("fastapi: one pydantic entry per issue, under the provider's error name", () => {
    expect(
      validationErrorAnswer({ status: 422, style: "fastapi", name: "RequestValidationError" }, [notInteger, badEnum]),
    ).toEqual({
      status: 422,
      media: "application/json",
      body: {
        error: "RequestValidationError",
        detail: [
          {
            type: "int_parsing",
            loc: ["query", "per_page"],
            msg: "Input should be a valid integer, unable to parse string as an integer",
            input: "ten",
          },
          {
            type: "enum",
            loc: ["body", "items", 0, "kind"],
            msg: "Input should be 'a', 'b' or 'c'",
            input: "d",
            ctx: { expected: "'a', 'b' or 'c'" },
          },
        ],
      },
    });
  });

  it("laravel: messages per dotted field, the first one repeated with a count of the rest", () => {
    expect(validationErrorAnswer({ status: 422, style: "laravel" }, [missingLimit, notInteger, badEnum]).body).toEqual({
      message: "The per page field is required. (and 2 more errors)",
      errors: {
        per_page: ["The per page field is required.", "The per page field must be an integer."],
        "items.0.kind": ["The selected items.0.kind is invalid."],
      },
    });
  });

  it("problem: an RFC 9457 document with a parameter or a JSON Pointer per error", () => {
    const answer = validationErrorAnswer({ status: 400, style: "problem" }, [notInteger, badEnum]);
    expect(answer.media).toBe("application/problem+json");
    expect(answer.body).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      detail: "The request does not match the API's description.",
      errors: [
        { detail: "Input should be a valid integer, unable to parse string as an integer.", parameter: "per_page" },
        { detail: "Input should be 'a', 'b' or 'c'.", pointer: "#/items/0/kind" },
      ],
    });
  });
});

describe("scenario names", () => {
  it("are the statuses' reason phrases in camelCase", () => {
    expect(["200", "201", "204", "404", "422", "429", "503", "418"].map(statusName)).toEqual([
      "ok",
      "created",
      "noContent",
      "notFound",
      "unprocessableContent",
      "tooManyRequests",
      "serviceUnavailable",
      "status418",
    ]);
  });
});
