// `@specfirst/testkit/mocks`, apart from the index: it loads @specfirst/mock (built) and MSW, which only
// the client packages' mock tests need.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { statusName } from "@specfirst/mock";
import {
  type Example,
  type OpenApiDocument,
  operations,
  type Parameter,
  resolveRef,
  type Schema,
  validationError,
} from "@specfirst/openapi-model";
import type { HttpHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { typeScriptBlocks } from "../readme.js";
import type { FaultCall } from "./faults.js";

/** What a client package's `/mock` entry exports, as far as the contract reads it. */
export interface MocksModule {
  handlers: HttpHandler[];
  createHandlers(options?: { baseUrl?: string | readonly string[] }): HttpHandler[];
  scenarios: { readonly [operationId: string]: object };
}

/** A provider's mocks, and the client calls that show what its scenarios do to an app. */
export interface MockContract {
  /** The client package's folder (`new URL("..", import.meta.url)`); its shipped openapi.json is read. */
  packageDir: URL;
  mocks: MocksModule;
  /** A valid idempotent call (GET) of `readOperation` through the client on `baseUrl`. */
  read: FaultCall;
  readOperation: string;
  /** A valid non-idempotent call (POST, PATCH) of `writeOperation`, when the spec has one. */
  write?: FaultCall | undefined;
  writeOperation?: string | undefined;
}

const BASE = "https://mock.test/api";

/** The operations of `document` with what the mock contract sends and expects of each. */
function operationsOf(document: OpenApiDocument) {
  const resolve = <T>(node: unknown): T => resolveRef(document, node) as T;
  return operations(document).map((operation) => {
    const { parameters, requestBody: body } = operation;
    const schemaOf = (parameter: Parameter) => resolve<Schema>(parameter.schema) ?? {};
    const bodyExample = Object.values(body?.content ?? {}).map((media) =>
      media.example !== undefined
        ? media.example
        : resolve<Example | undefined>(Object.values(media.examples ?? {})[0])?.value,
    )[0];
    const responses = Object.fromEntries(
      Object.entries(operation.responses)
        .filter(([status]) => /^\d{3}$/.test(status))
        .map(([status, response]) => {
          const media = Object.values(response.content ?? {})[0];
          const examples: (readonly [string | undefined, unknown])[] =
            media?.example !== undefined
              ? [[undefined, media.example]]
              : Object.entries(media?.examples ?? {}).map(
                  ([name, example]) => [name, resolve<Example>(example).value] as const,
                );
          return [status, examples] as const;
        }),
    );
    return {
      id: operation.operationId as string,
      method: operation.method,
      path: operation.path,
      parameters,
      schemaOf,
      body,
      bodyExample,
      responses,
    };
  });
}

/** A value of `schema` that a server accepts: its example, else one made from its type and format. */
function sampleOf(schema: Schema, parameter?: Parameter): unknown {
  if (parameter?.example !== undefined) return parameter.example;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = [schema.type].flat().find((candidate) => candidate !== "null");
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (typeof schema.format === "string" && schema.format.startsWith("uuid"))
    return "6bfc0403-8ac3-4394-b5e6-eff0359f1b26";
  return "sample";
}

/** Whether a server must refuse the text `"not-valid"` for `schema` (a number, boolean, enum or format). */
function refusesText(schema: Schema): boolean {
  const type = [schema.type].flat();
  return (
    Array.isArray(schema.enum) ||
    typeof schema.format === "string" ||
    type.includes("integer") ||
    type.includes("number") ||
    type.includes("boolean")
  );
}

/** Whether `body` (the answer to an invalid request) names `field` where `style` puts it. */
function namesField(style: string, body: unknown, field: string): boolean {
  const answer = body as {
    detail?: { loc: unknown[] }[];
    errors?: Record<string, unknown> | { parameter?: string; pointer?: string }[];
  };
  if (style === "fastapi") return (answer.detail ?? []).some((entry) => entry.loc.includes(field));
  if (style === "laravel") return Object.keys(answer.errors ?? {}).some((key) => key.split(".")[0] === field);
  return ((answer.errors ?? []) as { parameter?: string; pointer?: string }[]).some(
    (entry) => entry.parameter === field || entry.pointer?.split("/")[1] === field,
  );
}

/**
 * Registers the contract of a client package's mocks, per operation of its shipped openapi.json: the
 * default handler answers a valid request with the example of the first documented 2xx response, on
 * every server URL and on a chosen base URL; a request that breaks a parameter gets the provider's
 * validation error naming it; each documented status has a scenario sending its examples; rate limits,
 * outages, drops and delays reach the client as the runtime documents; a call the spec does not have
 * gets a 501.
 */
export function describeMocks(contract: MockContract): void {
  const require = createRequire(new URL("package.json", contract.packageDir));
  const document = require("./openapi.json") as OpenApiDocument;
  const validation = validationError(document);
  const operations = operationsOf(document);
  const { mocks } = contract;
  const server = setupServer(...mocks.createHandlers({ baseUrl: BASE }), ...mocks.handlers);
  let requests = 0;
  server.events.on("request:start", () => {
    requests++;
  });

  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    requests = 0;
  });
  afterAll(() => server.close());

  /** The URL of `operation` on `base` with every path parameter set to `values` or a valid sample. */
  const urlOf = (base: string, operation: (typeof operations)[number], values: Record<string, unknown> = {}) =>
    base +
    operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const parameter = operation.parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
      const value = name in values ? values[name] : sampleOf(parameter ? operation.schemaOf(parameter) : {}, parameter);
      return encodeURIComponent(String(value));
    });
  const send = (url: string, operation: (typeof operations)[number], body = operation.bodyExample) =>
    fetch(url, {
      method: operation.method.toUpperCase(),
      ...(operation.body
        ? { headers: { "content-type": "application/json" }, body: body === undefined ? "" : JSON.stringify(body) }
        : {}),
    });

  it("the client's own entry, ESM and CommonJS, loads nothing of the mocks (no @specfirst/mock, no MSW)", () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const code = readFileSync(new URL(file, contract.packageDir), "utf8");
      expect(code, file).not.toMatch(/(require\(|from |import\()\s*["'](@specfirst\/mock|msw)["/]/);
      for (const [, local] of code.matchAll(/(?:require\(|from |import\()\s*["']\.\/([^"']+)["']/g)) {
        visit(`dist/${local}`);
      }
    };
    for (const entry of ["dist/index.mjs", "dist/index.cjs"]) visit(entry);
    expect([...reached].filter((file) => /\/mock\./.test(file))).toEqual([]);
  });

  it("README.md shows examples/testing.test.ts verbatim (the example runs as a test of its own)", () => {
    const source = readFileSync(new URL("examples/testing.test.ts", contract.packageDir), "utf8");
    expect(typeScriptBlocks(fileURLToPath(new URL("README.md", contract.packageDir)))).toContain(source);
  });

  describe("mocks", () => {
    for (const operation of operations) {
      const success = Object.keys(operation.responses).find((status) => status.startsWith("2")) ?? "200";
      const [, successExample] = operation.responses[success]?.[0] ?? [];

      it(`${operation.id}: a valid request gets the example of ${success}, on every server and on a chosen base URL`, async () => {
        for (const base of [BASE, ...(document.servers ?? []).map((entry) => entry.url)]) {
          const response = await send(urlOf(base, operation), operation);
          expect(response.status, base).toBe(Number(success));
          const text = await response.text();
          expect(text === "" ? undefined : JSON.parse(text), base).toEqual(successExample);
        }
      });

      const invalid = operation.parameters.find(
        (parameter) => parameter.in !== "header" && refusesText(operation.schemaOf(parameter)),
      );
      if (invalid) {
        it(`${operation.id}: "not-valid" as ${invalid.in} parameter ${invalid.name} gets ${validation.status} naming it (${validation.style})`, async () => {
          const url = new URL(urlOf(BASE, operation, invalid.in === "path" ? { [invalid.name]: "not-valid" } : {}));
          if (invalid.in === "query") url.searchParams.set(invalid.name, "not-valid");
          const response = await send(url.href, operation);
          expect(response.status).toBe(validation.status);
          expect(namesField(validation.style, await response.json(), invalid.name)).toBe(true);
        });
      }
      if (operation.body) {
        it(`${operation.id}: a request body that is not its schema's gets ${validation.status}`, async () => {
          const response = await send(urlOf(BASE, operation), operation, ["not", "an", "object"]);
          expect(response.status).toBe(validation.status);
        });
      }

      for (const [status, examples] of Object.entries(operation.responses)) {
        if (status === success) continue;
        it(`${operation.id}: the ${status} scenario sends each of its ${examples.length} example(s)`, async () => {
          const scenarios = (mocks.scenarios[operation.id] ?? {}) as Record<string, unknown>;
          const scenario = scenarios[statusName(status)] as
            | ((options?: { example?: string }) => HttpHandler)
            | undefined;
          expect(scenario, `scenarios.${operation.id}.${statusName(status)}`).toBeTypeOf("function");
          for (const [exampleName, value] of examples.length > 0 ? examples : [[undefined, undefined] as const]) {
            server.use(
              (scenario as (options?: { example?: string }) => HttpHandler)(
                exampleName === undefined ? {} : { example: exampleName },
              ),
            );
            const response = await send(urlOf(BASE, operation), operation);
            expect(response.status).toBe(Number(status));
            const text = await response.text();
            expect(text === "" ? undefined : JSON.parse(text)).toEqual(value);
            server.resetHandlers();
          }
        });
      }
    }

    it("a method or path the spec does not have gets 501 naming the call", async () => {
      const response = await fetch(`${BASE}/not/in/the/spec`, { method: "PUT" });
      expect(response.status).toBe(501);
      expect(JSON.stringify(await response.json())).toContain("PUT /not/in/the/spec");
    });
  });

  describe("scenarios as the client sees them", () => {
    type Common = {
      rateLimited(options: { retryAfter: number }): HttpHandler;
      unavailable(): HttpHandler;
      connectionDropped(): HttpHandler;
      delayed(milliseconds: number): HttpHandler;
    };
    const read = mocks.scenarios[contract.readOperation] as unknown as Common;
    const settle = (call: Promise<unknown>) =>
      call.then(
        (result) => ({ result: result as { data?: unknown; error?: { status?: number; retryAfter?: number } } }),
        (error: Error) => ({ thrown: error }),
      );

    it(`rateLimited: ${contract.readOperation} ends in an error with retryAfter 2000 ms`, async () => {
      server.use(read.rateLimited({ retryAfter: 2 }));
      const outcome = await settle(contract.read(BASE, { maxRetries: 0 }));
      expect(outcome).toHaveProperty("result");
      expect((outcome as { result: { error?: { retryAfter?: number } } }).result.error?.retryAfter).toBe(2000);
    });
    it(`unavailable: ${contract.readOperation} (idempotent) is retried and succeeds`, async () => {
      server.use(read.unavailable());
      const outcome = await settle(contract.read(BASE, { maxRetries: 2 }));
      expect((outcome as { result?: { data?: unknown } }).result?.data).toBeDefined();
      expect(requests).toBe(2);
    });
    const { write, writeOperation } = contract;
    if (write && writeOperation) {
      it(`unavailable: ${writeOperation} (not idempotent) is not retried and fails with 503`, async () => {
        server.use((mocks.scenarios[writeOperation] as unknown as Common).unavailable());
        const outcome = await settle(write(BASE, { maxRetries: 2 }));
        expect((outcome as { result?: { error?: { status?: number } } }).result?.error).toBeTruthy();
        expect(requests).toBe(1);
      });
    }
    it(`connectionDropped: ${contract.readOperation} fails with ConnectionError after its retries`, async () => {
      server.use(read.connectionDropped());
      const outcome = await settle(contract.read(BASE, { maxRetries: 1 }));
      expect((outcome as { thrown?: Error }).thrown?.name).toBe("ConnectionError");
      expect(requests).toBe(2);
    });
    it(`delayed: ${contract.readOperation} past its timeout fails with TimeoutError`, async () => {
      server.use(read.delayed(2_000));
      const outcome = await settle(contract.read(BASE, { maxRetries: 0, timeout: 200 }));
      expect((outcome as { thrown?: Error }).thrown?.name).toBe("TimeoutError");
    });
  });

  describe("the standalone mock server (specfirst-mock)", () => {
    it("serves the mocks on 127.0.0.1, logs each request with its operation and stops on SIGTERM", async () => {
      const name = (require("./package.json") as { name: string }).name;
      const cli = fileURLToPath(new URL("dist/cli.mjs", `file://${require.resolve("@specfirst/mock/package.json")}`));
      const child = spawn(process.execPath, [cli, name.replace("@specfirst/", ""), "--port", "0"], {
        cwd: contract.packageDir,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exited = once(child, "exit");
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk;
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk;
      });
      try {
        const origin = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no banner within 20 s: ${output}`)), 20_000);
          child.stdout.on("data", () => {
            const found = output.match(/mock on (http:\/\/127\.0\.0\.1:\d+)/);
            if (found?.[1]) {
              clearTimeout(timer);
              resolve(found[1]);
            }
          });
        });
        const base = origin + new URL(document.servers?.[0]?.url ?? "http://x").pathname.replace(/\/$/, "");
        const operation = operations.find((candidate) => candidate.method === "get") ?? operations[0];
        if (!operation) throw new Error("the spec has no operation");
        // The server is reached over the network here, past MSW's interception of this process's fetch.
        server.close();
        const response = await send(urlOf(base, operation), operation);
        expect(response.status).toBeLessThan(300);
        await expect.poll(() => output).toContain(`→ ${operation.id} ${response.status}`);
      } finally {
        child.kill("SIGTERM");
        const [code] = await exited;
        server.listen({ onUnhandledRequest: "error" });
        expect(code).toBe(0);
      }
    });
  });
}
