// One build for every published package, run from the package folder (`tsdown --config ../../tsdown.config.mts`).
// Packages are "type": "commonjs" with fixed .mjs/.cjs extensions: with "type": "module" the CJS build
// ends up calling openapi-fetch's default export wrongly (see ../shared/toolchain.md).
import { defineConfig } from "tsdown";

export default defineConfig({
  // The config lives at the root; the package being built is the working directory.
  cwd: process.cwd(),
  entry: ["src/index.ts"],
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
