import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DRIFT_SENTINEL,
  type DriftCase,
  type Drifted,
  driftCases,
  hasRequiredField,
  specOperations,
  startSpecServer,
} from "../drift.js";
import { loadBundledSpec } from "../spec.js";

/** A drift report as the runtime makes it (the fields the tests read). */
interface DriftReport {
  operationId: string;
  status: number;
  pointer: string;
  keyword: string;
  severity: string;
  message: string;
}

interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** What a client package gives the response validation contract. */
export interface ValidationContract {
  /** The spec package's folder, whose bundled document the servers answer from. */
  specDir: string;
  /** The token the client sends; no report may contain it. */
  token: string;
  /** The provider's client with these options (`validate`, `onDrift`, `throwOnDrift`) on `baseUrl`. */
  client(options: {
    baseUrl: string;
    validate?: unknown;
    onDrift?: (drift: DriftReport) => void;
    throwOnDrift?: boolean;
  }): Record<string, (path: string, init?: object) => Promise<Result>>;
  /** `validators` of the client's `/validate` entry. */
  validators: unknown;
  /** The `DriftError` class and `unwrap` of the client package. */
  DriftError: abstract new (
    ...args: never[]
  ) => Error;
  unwrap(result: Result): unknown;
}

/**
 * Registers the tests of a client's `validate` option against real servers on 127.0.0.1: a faithful
 * server (the spec's examples) gives no drift; a drifting one gives, per read operation, each kind of
 * drift (a required field missing, a wrong type, a new enum value, `null` where the spec says non-null,
 * an extra field) at its JSON Pointer under its rule, reported once per place, failing the call with a
 * `DriftError` under `throwOnDrift` (but not for an extra field, which is information); an undocumented
 * status is a `status` drift. Without `validate`, nothing is reported. No report holds a value or the token.
 */
export function describeValidation(contract: ValidationContract): void {
  const document = loadBundledSpec(contract.specDir);
  const operations = specOperations(document);
  const reads = operations.filter((operation) => operation.method === "GET" && operation.success);
  let drift: (operationId: string) => Drifted | undefined = () => undefined;
  let server: Awaited<ReturnType<typeof startSpecServer>>;

  beforeAll(async () => {
    server = await startSpecServer(document, (operationId) => drift(operationId));
  });
  afterAll(() => server.close());

  const call = (operation: (typeof operations)[number], options: Parameters<ValidationContract["client"]>[0]) => {
    const client = contract.client(options);
    const method = client[operation.method] as (path: string, init?: object) => Promise<Result>;
    return method(operation.path, { params: { path: operation.pathParameters } });
  };
  const reporting = () => {
    const reports: DriftReport[] = [];
    return { reports, onDrift: (report: DriftReport) => reports.push(report) };
  };

  describe(`validate: ${document.info.title}`, () => {
    it("finds no drift in any documented success example (a faithful server)", async () => {
      drift = () => undefined;
      const { reports, onDrift } = reporting();
      for (const operation of operations.filter((candidate) => candidate.success))
        await call(operation, { baseUrl: server.baseUrl, validate: contract.validators, onDrift, throwOnDrift: true });
      expect(reports).toEqual([]);
    });

    it("checks nothing without validate", async () => {
      const cases = reads.flatMap((operation) => driftCases(document, operation));
      drift = (operationId) => ({ cases: cases.filter((item) => item.operationId === operationId) });
      const warn = console.warn;
      const warned: unknown[] = [];
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        for (const operation of reads) {
          const result = await call(operation, { baseUrl: server.baseUrl });
          expect(result.error).toBeUndefined();
        }
      } finally {
        console.warn = warn;
      }
      expect(warned).toEqual([]);
    });

    for (const operation of reads) {
      const cases = driftCases(document, operation);
      it(`${operation.operationId}: the server's body has a place for each kind of drift its schema allows`, () => {
        // Every object body has room for an extra field, and a required one wherever the schema requires
        // any (VPSBG's status, metrics and plan pages mark every field optional).
        const kinds = cases.map((item) => item.kind);
        expect(kinds).toContain("extra");
        if (hasRequiredField(document, operation)) expect(kinds).toContain("required");
      });
      for (const item of cases) {
        it(`${operation.operationId}: ${describeCase(item)} is reported at ${item.pointer || "the body"} (${item.keyword})`, async () => {
          drift = (operationId) => (operationId === item.operationId ? { cases: [item] } : undefined);
          const { reports, onDrift } = reporting();
          const client = contract.client({ baseUrl: server.baseUrl, validate: contract.validators, onDrift });
          const method = client[operation.method] as (path: string, init?: object) => Promise<Result>;
          const reported = await method(operation.path, { params: { path: operation.pathParameters } });
          expect(reports).toEqual([
            expect.objectContaining({
              operationId: operation.operationId,
              status: operation.success?.status,
              pointer: item.pointer,
              keyword: item.keyword,
              severity: item.severity,
            }),
          ]);
          // Reporting never changes the result, and the same place drifting again is not reported again.
          expect(reported.error).toBeUndefined();
          await method(operation.path, { params: { path: operation.pathParameters } });
          expect(reports).toHaveLength(1);
          const thrown = await call(operation, {
            baseUrl: server.baseUrl,
            validate: contract.validators,
            onDrift: () => {},
            throwOnDrift: true,
          });
          if (item.severity === "info") {
            expect(thrown.error).toBeUndefined();
            expect(contract.unwrap(thrown)).toBeDefined();
          } else {
            expect(thrown.error).toBeInstanceOf(contract.DriftError);
            expect(thrown.data).toBeUndefined();
            expect(() => contract.unwrap(thrown)).toThrow(contract.DriftError);
            expect((thrown.error as { drifts: DriftReport[] }).drifts).toEqual([
              expect.objectContaining({ pointer: item.pointer, keyword: item.keyword }),
            ]);
          }
        });
      }
    }

    it("reports a drift once per operation and place, array indexes aside", async () => {
      const [operation, item] = onePlaceCase(reads, document);
      drift = (operationId) => (operationId === operation.operationId ? { cases: [item] } : undefined);
      const { reports, onDrift } = reporting();
      const client = contract.client({ baseUrl: server.baseUrl, validate: contract.validators, onDrift });
      const method = client[operation.method] as (path: string, init?: object) => Promise<Result>;
      for (let round = 0; round < 3; round++)
        await method(operation.path, { params: { path: operation.pathParameters } });
      expect(reports).toHaveLength(1);
      // A new client reports it again.
      await call(operation, { baseUrl: server.baseUrl, validate: contract.validators, onDrift });
      expect(reports).toHaveLength(2);
    });

    it("reports a status the operation does not document (a 200 that became a 418)", async () => {
      const operation = reads[0] as (typeof reads)[number];
      drift = (operationId) =>
        operationId === operation.operationId ? { status: 418, body: { detail: "x" } } : undefined;
      const { reports, onDrift } = reporting();
      const result = await call(operation, { baseUrl: server.baseUrl, validate: contract.validators, onDrift });
      expect(result.error).toBeDefined();
      expect(reports).toEqual([expect.objectContaining({ status: 418, pointer: "", keyword: "status" })]);
      const thrown = await call(operation, {
        baseUrl: server.baseUrl,
        validate: contract.validators,
        onDrift,
        throwOnDrift: true,
      });
      expect(thrown.error).toBeInstanceOf(contract.DriftError);
      // The API's own error stays reachable as the cause.
      expect((thrown.error as Error).cause).toMatchObject({ status: 418 });
    });

    it("never puts a value or the token in a report or a DriftError", async () => {
      const cases = reads.flatMap((operation) => driftCases(document, operation));
      drift = (operationId) => ({
        cases: cases
          .filter((item) => item.operationId === operationId)
          .map((item) => ({
            ...item,
            apply: (body: unknown) => item.apply(body, `${DRIFT_SENTINEL} ${contract.token}`),
          })),
      });
      const { reports, onDrift } = reporting();
      const errors: unknown[] = [];
      for (const operation of reads) {
        const result = await call(operation, {
          baseUrl: server.baseUrl,
          validate: contract.validators,
          onDrift,
          throwOnDrift: true,
        });
        errors.push(result.error);
      }
      expect(reports.length).toBeGreaterThan(0);
      const shown = JSON.stringify([reports, errors, errors.map((error) => String(error))]);
      expect(shown).not.toContain(DRIFT_SENTINEL);
      expect(shown).not.toContain(contract.token);
    });
  });
}

function describeCase(item: DriftCase): string {
  return {
    required: "a required property missing",
    type: "a wrong type",
    enum: "a value outside the enum",
    null: "null where the spec says non-null",
    extra: "a property the spec does not describe (information)",
  }[item.kind];
}

/**
 * A read operation and a `required` drift to repeat: inside a list's first item, copied to a second
 * item so that the same place drifts at two indexes, when the spec has a list (else any read's).
 */
function onePlaceCase(
  reads: ReturnType<typeof specOperations>,
  document: Parameters<typeof driftCases>[0],
): [ReturnType<typeof specOperations>[number], DriftCase] {
  for (const operation of reads) {
    const item = driftCases(document, operation).find(
      (candidate) => candidate.kind === "required" && /\/0\//.test(candidate.pointer),
    );
    if (item) {
      // The drifted first item twice: the drift is at /…/0/… and /…/1/…, and still one report.
      const list = item.pointer.slice(0, item.pointer.indexOf("/0/")).split("/").slice(1);
      const all: DriftCase = {
        ...item,
        apply: (body) => {
          item.apply(body);
          const items = list.reduce<unknown>(
            (value, key) => (value as Record<string, unknown>)[key],
            body,
          ) as unknown[];
          items.push(structuredClone(items[0]));
        },
      };
      return [operation, all];
    }
  }
  for (const operation of reads) {
    const item = driftCases(document, operation).find((candidate) => candidate.kind === "required");
    if (item) return [operation, item];
  }
  throw new Error("the spec has no read operation with a required field in its body");
}
