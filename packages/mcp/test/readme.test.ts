import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadBundledSpec, specDir, typeScriptBlocks } from "@specfirst/testkit";
import { describe, expect, it } from "vitest";
import { toolsFromSpec } from "../src/tools.js";

const dir = fileURLToPath(new URL("..", import.meta.url));
const readme = join(dir, "README.md");

describe("the README", () => {
  it("lists each provider's tools with the annotations tools/list gives them", () => {
    const text = readFileSync(readme, "utf8");
    for (const provider of ["polar", "vpsbg", "novaproxy"]) {
      const tools = toolsFromSpec(loadBundledSpec(specDir(provider)));
      const yes = (value: boolean) => (value ? "yes" : "no");
      const section = text.slice(text.indexOf(`(\`@specfirst/${provider}\`)`));
      for (const { definition, method, path } of tools) {
        const { readOnlyHint, idempotentHint, destructiveHint, openWorldHint } = definition.annotations;
        expect(section).toContain(
          `| \`${definition.name}\` | ${method} ${path} | ${yes(readOnlyHint)} | ${yes(idempotentHint)} | ${yes(destructiveHint)} | ${yes(openWorldHint)} |`,
        );
      }
    }
  });

  // tsc on the SDK's and a client's declarations: seconds on an idle machine, much more on a loaded one.
  it("its TypeScript example type-checks, strict and with exactOptionalPropertyTypes", {
    timeout: 180_000,
  }, async () => {
    const scratch = mkdtempSync(join(tmpdir(), "specfirst-mcp-readme-"));
    try {
      symlinkSync(join(dir, "node_modules"), join(scratch, "node_modules"), "dir");
      const files = typeScriptBlocks(readme).map((block, index) => {
        writeFileSync(join(scratch, `block${index}.mts`), block);
        return `block${index}.mts`;
      });
      expect(files.length).toBeGreaterThan(0);
      writeFileSync(
        join(scratch, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            exactOptionalPropertyTypes: true,
            target: "es2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            resolveJsonModule: true,
            // The example is checked against the declarations; their own insides are the packages' business.
            skipLibCheck: true,
            types: ["node"],
            noEmit: true,
            paths: { "@specfirst/mcp": [join(dir, "src", "index.ts")] },
          },
          files,
        }),
      );
      const tsc = join(scratch, "node_modules", "typescript", "bin", "tsc");
      const result = await promisify(execFile)(process.execPath, [tsc, "-p", scratch]).catch((error) => error);
      expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
