// The README's options table is the options' reference: it must list every key of the exported
// `ClientOptions`, and no key that does not exist. Read from the source by the TypeScript compiler.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The property names of the exported `ClientOptions`, inherited ones included. */
function clientOptionKeys(): string[] {
  const entry = file("../src/index.ts");
  const program = ts.createProgram([entry], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile) as ts.Symbol;
  const exported = checker.getExportsOfModule(module).find((symbol) => symbol.name === "ClientOptions");
  if (!exported) throw new Error("src/index.ts exports no ClientOptions");
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported));
  return checker.getPropertiesOfType(type).map((property) => property.name);
}

/** The options the README's "Options" table names, one per row. */
function documentedOptions(): string[] {
  const readme = readFileSync(file("../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Options"), readme.indexOf("\n## ", readme.indexOf("## Options") + 1));
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map(([, name]) => name as string);
}

it("the README's options table lists exactly the keys of ClientOptions", () => {
  expect(documentedOptions().sort()).toEqual(clientOptionKeys().sort());
});
