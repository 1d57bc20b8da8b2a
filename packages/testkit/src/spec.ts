import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { OpenApiDocument } from "@specfirst/openapi-model";

/** Folder of a provider's spec package, e.g. `specDir("polar")` → `<repo>/specs/polar`. */
export function specDir(provider: string): string {
  return fileURLToPath(new URL(`../../../specs/${provider}`, import.meta.url));
}

/** Reads `dist/openapi.json`, the document Redocly bundled; throws with the command that makes it. */
export function loadBundledSpec(dir: string): OpenApiDocument {
  const file = `${dir}/dist/openapi.json`;
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: bundle the spec first (pnpm turbo run bundle).`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
}

/** Reads `fixtures/<name>.json` of a provider's spec package, e.g. `readFixture("polar", "getOrder.200")`. */
export function readFixture<T = unknown>(provider: string, name: string): T {
  return readFixtureFile(specDir(provider), name) as T;
}

/** Reads `<dir>/fixtures/<name>.json`. */
export function readFixtureFile(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(`${dir}/fixtures/${name}.json`, "utf8"));
}

/** Names (without `.json`) of every fixture of a spec package, sorted. */
export function fixtureNames(dir: string): string[] {
  return readdirSync(`${dir}/fixtures`)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}
