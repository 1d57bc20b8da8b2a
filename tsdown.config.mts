// One build for every published package, run from the package folder (`tsdown --config ../../tsdown.config.mts`).
// Packages are "type": "commonjs" with fixed .mjs/.cjs extensions: with "type": "module" the CJS build
// ends up calling openapi-fetch's default export wrongly (see ../shared/toolchain.md).
import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));

/**
 * One entry per subpath of the package's `exports` that ships code (`.` → src/index.ts, `./mock` →
 * src/mock/index.ts, src/mock.ts or, for a client package, the generated src/generated/mock.ts).
 */
function entries(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const subpath of Object.keys(manifest.exports ?? { ".": {} })) {
    if (/\.json$/.test(subpath)) continue;
    const name = subpath === "." ? "index" : subpath.slice(2);
    const source = [`src/${name}/index.ts`, `src/${name}.ts`, `src/generated/${name}.ts`].find((path) => existsSync(path));
    if (source) found[name] = source;
  }
  return found;
}

export default defineConfig({
  // The config lives at the root; the package being built is the working directory.
  cwd: process.cwd(),
  entry: entries(),
  // A client's mocks read the package's own shipped openapi.json at run time rather than carry a copy.
  external: [`${manifest.name}/openapi.json`],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  fixedExtension: true,
  dts: true,
  clean: true,
  sourcemap: false,
  // rolldown's PLUGIN_TIMINGS says that declaration generation takes most of a build, on every build:
  // true of every tsdown build with `dts`, and nothing a maintainer can act on.
  checks: { pluginTimings: false },
});
