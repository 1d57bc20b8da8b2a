import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { outsideReferences } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { clientVariable } from "../../scripts/code-samples.mjs";
import { siteProviders } from "./providers.js";

const dist = join(import.meta.dirname, "..", "dist");
const providers = siteProviders();

describe("the site for agents and terminals", () => {
  const llms = readFileSync(join(dist, "llms.txt"), "utf8");

  it("llms.txt lists every provider and exactly the spec's operations, each linked to its Markdown page", () => {
    expect(llms.startsWith("# specfirst API reference\n")).toBe(true);
    const linked = [...llms.matchAll(/^- \[(\w+)\]\(([\w-]+)\/operations\/(\w+)\.md\): (\w+) (\S+): .+$/gm)].map(
      ([, name, slug, file, method, path]) => ({ name, slug, file, method, path }),
    );
    expect(linked.map(({ slug, name, method, path }) => `${slug} ${name} ${method} ${path}`)).toEqual(
      providers.flatMap(({ slug, operations }) =>
        operations.map(({ operationId, method, path }) => `${slug} ${operationId} ${method.toUpperCase()} ${path}`),
      ),
    );
    for (const { slug, file } of linked)
      expect(existsSync(join(dist, `${slug}`, "operations", `${file}.md`))).toBe(true);
    for (const { title } of providers) expect(llms).toContain(`## ${title}\n`);
  });

  for (const provider of providers) {
    it(`${provider.slug}: one Markdown page per operation, no more, each with its parameters, responses and calls`, () => {
      const pages = readdirSync(join(dist, provider.slug, "operations")).sort();
      expect(pages).toEqual(provider.operations.map(({ operationId }) => `${operationId}.md`).sort());
      for (const { operationId, method, path, summary } of provider.operations) {
        const page = readFileSync(join(dist, provider.slug, "operations", `${operationId}.md`), "utf8");
        expect(page.startsWith(`# ${summary}\n`)).toBe(true);
        // The converter puts a no-break space after each label.
        expect(page).toContain(`- **Path:**\u00a0\`${path}\``);
        expect(page).toContain("## Responses");
        if (path.includes("{")) expect(page).toContain("## Path parameters");
        expect(page).toContain(`${clientVariable(provider.slug)}.${method.toUpperCase()}(${JSON.stringify(path)}`);
        expect(page).toContain("```sh\ncurl --fail-with-body");
      }
    });
  }

  it("no page of the site cites a file outside the repository", () => {
    expect(outsideReferences([dist], dist)).toEqual([]);
  });
});
