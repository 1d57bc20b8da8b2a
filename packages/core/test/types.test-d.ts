import { describe, expectTypeOf, it } from "vitest";
import { type ApiError, createApiClient, type DriftError } from "../src/index.js";

interface paths {
  "/orders": {
    get: {
      parameters: { query?: { limit?: number } };
      responses: {
        200: { content: { "application/json": { id: number }[] } };
        404: { content: { "application/json": { detail: string } } };
      };
    };
    post: {
      requestBody: { content: { "application/json": { plan: string }; "multipart/form-data": { plan: string } } };
      responses: { 201: { content: { "application/json": { id: number } } } };
    };
  };
  "/forms": {
    post: {
      requestBody: { content: { "application/x-www-form-urlencoded": { plan: string } } };
      responses: { 204: { content?: never } };
    };
  };
  "/json": {
    put: {
      requestBody: { content: { "application/json": { plan: string } } };
      responses: { 200: { content: { "application/json": { ok: boolean } } } };
    };
  };
}

const api = createApiClient<paths>({ id: "shop", version: "1", defaultBaseUrl: "https://shop.invalid" });

describe("result types", () => {
  it("types error as the documented bodies, ApiError or DriftError", async () => {
    const { error } = await api.GET("/orders");
    expectTypeOf(error).toEqualTypeOf<{ detail: string } | ApiError | DriftError | undefined>();
  });

  it("never types error as never: an operation without documented errors still has ApiError", async () => {
    const result = await api.POST("/orders", { body: { plan: "x" } });
    expectTypeOf(result.error).toEqualTypeOf<ApiError | DriftError | undefined>();
    if (result.error) expectTypeOf(result.error.status).toEqualTypeOf<number>();
    else expectTypeOf(result.data).toEqualTypeOf<{ id: number }>();
  });

  it("types data by parseAs", async () => {
    expectTypeOf((await api.GET("/orders", { parseAs: "blob" })).data).toEqualTypeOf<Blob | undefined>();
    expectTypeOf((await api.GET("/orders", { parseAs: "text" })).data).toEqualTypeOf<string | undefined>();
    expectTypeOf((await api.GET("/orders", { parseAs: "stream" })).data).toExtend<ReadableStream | null | undefined>();
    expectTypeOf((await api.GET("/orders")).data).toEqualTypeOf<{ id: number }[] | undefined>();
  });
});

describe("request body types", () => {
  it("accept FormData where the spec lists multipart/form-data, URLSearchParams for a urlencoded body", () => {
    api.POST("/orders", { body: new FormData() });
    api.POST("/forms", { body: new URLSearchParams({ plan: "x" }) });
    api.POST("/forms", { body: { plan: "x" } });
  });

  it("refuse a form where the spec accepts only JSON", () => {
    // @ts-expect-error PUT /json takes a JSON body only
    api.PUT("/json", { body: new FormData() });
    // @ts-expect-error the body is required
    api.PUT("/json", {});
  });
});

describe("options under exactOptionalPropertyTypes", () => {
  it("accept explicit undefined (an unset environment variable)", () => {
    const baseUrl: string | undefined = undefined;
    createApiClient<paths>(
      { id: "shop", version: "1", defaultBaseUrl: "https://shop.invalid" },
      { baseUrl, token: baseUrl, timeout: undefined },
    );
    api.GET("/orders", {
      signal: undefined,
      timeout: undefined,
      redirect: undefined,
      credentials: undefined,
      params: { query: { limit: 5 } },
    });
  });

  it("refuse an unknown parseAs", () => {
    // @ts-expect-error parseAs is json, text, blob, arrayBuffer or stream
    api.GET("/orders", { parseAs: "xml" });
  });
});
