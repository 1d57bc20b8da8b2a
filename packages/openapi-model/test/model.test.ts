import { describe, expect, it } from "vitest";
import {
  fromPointer,
  isFormMedia,
  isJsonMedia,
  METHODS,
  type OpenApiDocument,
  operations,
  requestBodyMedia,
  resolveRef,
  serverId,
  successStatus,
  tagGroups,
  toFragment,
  toPointer,
  unverifiedNodes,
  validationError,
  valueAt,
} from "../src/index.js";

/** A spec with each feature some reader once missed: path-level and `$ref`'d parameters, a `$ref`'d path item, TRACE, `default`. */
const document: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Features", version: "1" },
  servers: [{ url: "https://api.example.test", "x-speakeasy-server-id": "production" }, { url: "http://localhost" }],
  security: [{ bearer: [] }],
  paths: {
    "/items/{id}": {
      parameters: [
        { $ref: "#/components/parameters/Id" },
        { name: "verbose", in: "query", schema: { type: "boolean" }, description: "path level" },
      ],
      get: {
        operationId: "getItem",
        parameters: [{ name: "verbose", in: "query", schema: { type: "string" }, description: "operation level" }],
        responses: {
          "200": { $ref: "#/components/responses/Item" },
          default: { description: "an error", content: { "application/problem+json": { schema: {} } } },
        },
      },
      trace: { operationId: "traceItem", security: [], responses: { "200": { description: "echo" } } },
    },
    "/copies/{id}": { $ref: "#/components/pathItems/Copy" },
    "/a~b/c": { delete: { operationId: "deleteTilde", responses: { "204": { description: "gone" } } } },
  },
  components: {
    parameters: {
      Id: { $ref: "#/components/parameters/IdTarget" },
      IdTarget: { name: "id", in: "path", required: true },
    },
    responses: {
      Item: { description: "an item", "x-unverified": true, content: { "application/json": { schema: {} } } },
    },
    pathItems: {
      Copy: {
        parameters: [{ $ref: "#/components/parameters/Id" }],
        post: {
          operationId: "copyItem",
          requestBody: { $ref: "#/components/requestBodies/Copy" },
          responses: { "201": { description: "copied" } },
        },
      },
    },
    requestBodies: { Copy: { required: true, content: { "application/json": { schema: { type: "object" } } } } },
  },
};

describe("operations", () => {
  const all = operations(document);

  it("lists every operation in document order, TRACE and $ref'd path items included", () => {
    expect(all.map((operation) => operation.label)).toEqual([
      "GET /items/{id}",
      "TRACE /items/{id}",
      "POST /copies/{id}",
      "DELETE /a~b/c",
    ]);
    expect(all.map((operation) => operation.operationId)).toEqual(["getItem", "traceItem", "copyItem", "deleteTilde"]);
  });

  it("merges path-level parameters, the operation's replacing the path item's of the same name and place", () => {
    const [get, trace, copy] = all;
    expect(get?.parameters.map((parameter) => [parameter.name, parameter.description])).toEqual([
      ["id", undefined],
      ["verbose", "operation level"],
    ]);
    expect(trace?.parameters.map((parameter) => [parameter.name, parameter.description])).toEqual([
      ["id", undefined],
      ["verbose", "path level"],
    ]);
    expect(copy?.parameters).toEqual([{ name: "id", in: "path", required: true }]);
  });

  it("resolves request bodies and responses, keeping `default` and document order", () => {
    const [get, , copy] = all;
    expect(Object.keys(get?.responses ?? {})).toEqual(["200", "default"]);
    expect(get?.responses["200"]?.description).toBe("an item");
    expect(copy?.requestBody?.required).toBe(true);
    expect(get && successStatus(get)).toBe("200");
    expect(copy && successStatus(copy)).toBe("201");
  });

  it("gives each operation its effective security and its JSON Pointer", () => {
    const [get, trace, , tilde] = all;
    expect(get?.security).toEqual([{ bearer: [] }]);
    expect(trace?.security).toEqual([]);
    expect(tilde?.pointer).toBe("/paths/~1a~0b~1c/delete");
    expect(valueAt(document, tilde?.pointer ?? "")).toBe(tilde?.object);
  });

  it("covers all eight methods", () => {
    const every: OpenApiDocument = {
      info: { title: "t", version: "1" },
      paths: { "/": Object.fromEntries(METHODS.map((method) => [method, { operationId: method, responses: {} }])) },
    };
    expect(operations(every).map((operation) => operation.method)).toEqual([
      "get",
      "put",
      "post",
      "delete",
      "options",
      "head",
      "patch",
      "trace",
    ]);
  });
});

describe("resolveRef", () => {
  it("follows chains of local references and passes other values through", () => {
    expect(resolveRef(document, { $ref: "#/components/parameters/Id" })).toEqual({
      name: "id",
      in: "path",
      required: true,
    });
    expect(resolveRef(document, undefined)).toBeUndefined();
    expect(resolveRef(document, { name: "x" })).toEqual({ name: "x" });
  });

  it("reads percent-encoded fragments and escaped segments", () => {
    expect(resolveRef(document, { $ref: "#/paths/~1a~0b~1c/delete/operationId" })).toBe("deleteTilde");
    expect(resolveRef({ a: { "b c": 1 } }, { $ref: "#/a/b%20c" })).toBe(1);
  });

  it("says what is wrong with a reference it cannot follow", () => {
    expect(() => resolveRef(document, { $ref: "#/components/schemas/Missing" })).toThrow(
      '$ref "#/components/schemas/Missing" points at nothing in the document',
    );
    expect(() => resolveRef(document, { $ref: "paths/orders.yaml" })).toThrow(
      /is not local: read the bundled document/,
    );
    const circle = { a: { $ref: "#/b" }, b: { $ref: "#/a" } };
    expect(() => resolveRef(circle, circle.a)).toThrow(/goes round in a circle/);
  });
});

describe("JSON Pointers", () => {
  it("escapes and unescapes segments as RFC 6901 says", () => {
    expect(toPointer(["paths", "/a~b", 0])).toBe("/paths/~1a~0b/0");
    expect(fromPointer("/paths/~1a~0b/0")).toEqual(["paths", "/a~b", "0"]);
    expect(fromPointer("")).toEqual([]);
    expect(fromPointer("#")).toEqual([]);
    expect(() => fromPointer("paths")).toThrow(/must start with "\/"/);
    // "~01" is "~1" escaped: unescaping "~1" first would wrongly give "/".
    expect(fromPointer("/~01")).toEqual(["~1"]);
  });

  it("writes URI fragments that read back as the same segments", () => {
    const fragment = toFragment(["paths", "/orders/{id}", "get"]);
    expect(fragment).toBe("#/paths/~1orders~1%7Bid%7D/get");
    expect(fromPointer(fragment)).toEqual(["paths", "/orders/{id}", "get"]);
  });

  it("finds the value a pointer names, or undefined", () => {
    expect(valueAt({ items: [{ id: 7 }] }, "/items/0/id")).toBe(7);
    expect(valueAt({ items: [] }, "/items/0/id")).toBeUndefined();
    expect(valueAt("text", "")).toBe("text");
  });
});

describe("extensions", () => {
  it("finds every x-unverified object with its pointer", () => {
    expect(unverifiedNodes(document).map(({ pointer }) => pointer)).toEqual(["/components/responses/Item"]);
  });

  it("reads x-validation-error, with the default and a clear error for a wrong one", () => {
    expect(validationError(document)).toEqual({ status: 422, style: "problem" });
    expect(
      validationError({ ...document, "x-validation-error": { status: 422, style: "fastapi", name: "E" } }),
    ).toEqual({
      status: 422,
      style: "fastapi",
      name: "E",
    });
    expect(() => validationError({ ...document, "x-validation-error": { status: "422", style: "django" } })).toThrow(
      /x-validation-error must be \{ status: <integer>, style: fastapi \| laravel \| problem/,
    );
  });

  it("names servers by x-speakeasy-server-id, else default", () => {
    expect(document.servers?.map(serverId)).toEqual(["production", "default"]);
  });

  it("reads x-tagGroups, none when absent, with a clear error for a wrong one", () => {
    expect(tagGroups(document)).toEqual([]);
    const grouped = { ...document, "x-tagGroups": [{ name: "Servers", tags: ["Servers", "Scale"] }] };
    expect(tagGroups(grouped)).toEqual([{ name: "Servers", tags: ["Servers", "Scale"] }]);
    expect(() => tagGroups({ ...document, "x-tagGroups": [{ name: "Servers", tags: "Scale" }] })).toThrow(
      /x-tagGroups must be \[\{ name: <string>, tags: \[<string>, …\] \}, …\]/,
    );
  });

  it("tells form media types, and which media type a request body is sent as", () => {
    expect(
      ["multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json"].map(isFormMedia),
    ).toEqual([true, true, false]);
    const content = { "multipart/form-data": {}, "application/json": {} };
    expect(requestBodyMedia({ content })).toBe("application/json");
    expect(requestBodyMedia({ content: { "application/octet-stream": {}, "multipart/form-data": {} } })).toBe(
      "multipart/form-data",
    );
    expect(requestBodyMedia({ content: { "application/octet-stream": {} } })).toBeUndefined();
    expect(requestBodyMedia(undefined)).toBeUndefined();
  });

  it("tells JSON media types", () => {
    expect(["application/json", "application/problem+json; charset=utf-8", "text/plain"].map(isJsonMedia)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
