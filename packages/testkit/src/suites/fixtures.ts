import { isDeepStrictEqual } from "node:util";
import { fromPointer, type OpenApiDocument, operations, resolveRef, toFragment } from "@specfirst/openapi-model";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { fixtureNames, loadBundledSpec, readFixtureFile } from "../spec.js";

const documentId = "openapi.json";

/**
 * A JSON Schema 2020-12 validator that knows the whole bundled document, so a schema can be
 * compiled from a JSON pointer into it and every `#/components/schemas/...` reference resolves.
 * `strict: false` because OpenAPI adds keywords JSON Schema does not know (discriminator, example, x-*).
 */
export function createSpecValidator(spec: OpenApiDocument): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // FastAPI (Polar) emits `format: uuid4` for pydantic UUID4 fields.
  ajv.addFormat("uuid4", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addSchema(spec, documentId);
  return ajv;
}

/** What a fixture's file name says: `<operationId>.<status>[.<variant>]`. */
export function parseFixtureName(name: string): { operationId: string; status: string } {
  const [operationId = "", status = ""] = name.split(".");
  if (!/^\d{3}$/.test(status)) {
    throw new Error(`fixture "${name}.json" must be named <operationId>.<status>[.<variant>].json`);
  }
  return { operationId, status };
}

/**
 * Registers one test per fixture of the spec package at `dir`: the fixture is a documented response
 * body of `<operationId>` with `<status>`, it validates against that response's JSON schema, and it is
 * the `value` of one of that response's examples (so the rendered docs show exactly the fixture).
 */
export function describeFixtures(dir: string): void {
  const spec = loadBundledSpec(dir);
  const ajv = createSpecValidator(spec);
  const located = operations(spec);
  const names = fixtureNames(dir);

  describe(`fixtures of ${spec.info.title}`, () => {
    it("has at least one fixture", () => {
      expect(names.length).toBeGreaterThan(0);
    });

    for (const name of names) {
      it(`${name}.json is a documented response that validates against its schema`, () => {
        const { operationId, status } = parseFixtureName(name);
        const match = located.find((candidate) => candidate.operationId === operationId);
        expect(match, `no operation has operationId "${operationId}"`).toBeDefined();
        if (!match) return;
        const media = match.responses[status]?.content?.["application/json"];
        expect(media?.schema, `${operationId} documents no application/json ${status} response`).toBeDefined();

        const schemaAt = [...fromPointer(match.pointer), "responses", status, "content", "application/json", "schema"];
        const validate = ajv.getSchema(`${documentId}${toFragment(schemaAt)}`);
        const body = readFixtureFile(dir, name);
        const valid = validate?.(body);
        expect(validate?.errors ?? [], `${name}.json does not match the schema`).toEqual([]);
        expect(valid).toBe(true);

        const examples = Object.values(media?.examples ?? {}).map((example) => resolveRef(spec, example).value);
        expect(
          examples.some((value) => isDeepStrictEqual(value, body)),
          `${name}.json is not one of the examples of ${operationId} ${status}; copy it into the spec's examples`,
        ).toBe(true);
      });
    }
  });
}
