// One build for every published package, run from the package folder (`tsdown --config ../../tsdown.config.mts`).
// Packages are "type": "commonjs" with fixed .mjs/.cjs extensions: with "type": "module" the CJS build
// ends up calling openapi-fetch's default export wrongly (a real require() in test:install catches it).
import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));

/**
 * The source of each entry: `index` → src/index.ts, `mock` → src/mock.ts or, for a client package, the
 * generated src/generated/mock.ts; `cli` → src/cli.ts.
 */
function entries(names: string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of names) {
    const source = [`src/${name}.ts`, `src/generated/${name}.ts`].find((path) => existsSync(path));
    if (source) found[name] = source;
  }
  return found;
}

/** The package's `exports` that ship code (`.` → `index`, `./mock` → `mock`). */
const library = Object.keys(manifest.exports ?? { ".": {} })
  .filter((subpath) => !subpath.endsWith(".json"))
  .map((subpath) => (subpath === "." ? "index" : subpath.slice(2)));
/** The package's `bin` files (`./dist/cli.mjs` → `cli`): ES modules only, as they run in Node. */
const bins = Object.values<string>(manifest.bin ?? {}).map((file) => file.replace(/^\.\/dist\/|\.mjs$/g, ""));

const shared = {
  // The config lives at the root; the package being built is the working directory.
  cwd: process.cwd(),
  platform: "neutral",
  target: "es2022",
  fixedExtension: true,
  sourcemap: false,
  // rolldown's PLUGIN_TIMINGS says that declaration generation takes most of a build, on every build:
  // true of every tsdown build with `dts`, and nothing a maintainer can act on.
  checks: { pluginTimings: false },
} as const;

export default defineConfig([
  {
    ...shared,
    entry: entries(library),
    // A client's mocks read the package's own shipped openapi.json at run time rather than carry a copy.
    external: [`${manifest.name}/openapi.json`],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    // rolldown puts its interop helpers in one entry's chunk and makes the other entries require it:
    // the CommonJS index required mock.cjs, and so @specfirst/mock and MSW, which most users do not
    // install. The helpers get a chunk of their own (rolldown-runtime-*.cjs).
    outputOptions: { codeSplitting: { groups: [{ name: "rolldown-runtime", test: /rolldown\/runtime/ }] } },
  },
  ...(bins.length > 0
    ? [
        {
          ...shared,
          entry: entries(bins),
          platform: "node" as const,
          format: ["esm" as const],
          dts: false,
          clean: false,
        },
      ]
    : []),
]);
