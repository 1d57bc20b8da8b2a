// Everything derived from a spec lists the same operations: the spec model, the client's mocks, the MCP
// server's tools, the reference's code samples and the Markdown pages. A spec feature one of them
// misread (a path-level parameter, a `$ref`'d path item, a TRACE) would show here as a difference.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toolsFromSpec } from "@specfirst/mcp";
import { type OpenApiDocument, operations } from "@specfirst/openapi-model";
import { loadBundledSpec, specDir } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { workspaceProviders } from "../../scripts/providers.mjs";

const root = join(import.meta.dirname, "..", "..");
const dist = join(import.meta.dirname, "..", "dist");

for (const { slug, client } of workspaceProviders(root)) {
  describe(`${slug}: every consumer of the spec has the same operations`, () => {
    const document = loadBundledSpec(specDir(slug));
    const expected = operations(document).map(({ operationId }) => operationId);

    it("the spec model reads at least one operation, each with a unique operationId", () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(expected).size).toBe(expected.length);
    });

    it("the client's mocks have a set of scenarios per operation", async () => {
      const mocks = (await import(`${client?.manifest.name}/mock`)) as { scenarios: object };
      expect(Object.keys(mocks.scenarios)).toEqual(expected);
    });

    it("the MCP server offers one tool per operation", () => {
      expect(toolsFromSpec(document).map(({ definition }) => definition.name)).toEqual(expected);
    });

    it("the reference gives every operation its TypeScript and curl samples", () => {
      const html = readFileSync(join(dist, slug, "index.html"), "utf8");
      const inline = html.match(/<script type="application\/json" id="sf-document">(.*?)<\/script>/s)?.[1];
      const shown = JSON.parse(inline ?? "{}") as OpenApiDocument;
      const sampled = operations(shown).filter(({ object }) => {
        const samples = object["x-codeSamples"] as { lang: string }[] | undefined;
        return samples?.map(({ lang }) => lang).join() === "TypeScript,Shell";
      });
      expect(sampled.map(({ operationId }) => operationId)).toEqual(expected);
    });

    it("the site has one Markdown page per operation", () => {
      const pages = readdirSync(join(dist, slug, "operations")).map((file) => file.replace(/\.md$/, ""));
      expect(pages.sort()).toEqual([...expected].sort());
    });
  });
}
