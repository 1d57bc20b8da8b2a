import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run.js";
import type { LocalRegistry } from "./verdaccio.js";

/** The dist-tag the broken build is published under, so `latest` stays the real release. */
export const brokenCjsTag = "broken-cjs";

/**
 * Publishes a deliberately broken build of `@specfirst/polar` (from the released workspace copy at
 * `releaseDir`) under the dist-tag {@link brokenCjsTag}: its CommonJS entry exports `{ default: … }`,
 * the double-default interop bug, so `require("@specfirst/polar").createPolarClient` is undefined.
 * The install test runs against it to prove its `require()` check fails on such a build.
 * Returns the version it published.
 */
export async function publishBrokenCjsBuild(registry: LocalRegistry, releaseDir: string, dir: string) {
  const source = join(releaseDir, "packages", "polar");
  for (const entry of ["dist", "openapi.json", "README.md", "CHANGELOG.md", "LICENSE"]) {
    cpSync(join(source, entry), join(dir, entry), { recursive: true });
  }
  const manifest = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));
  const released = (name: string) =>
    JSON.parse(readFileSync(join(releaseDir, "packages", name, "package.json"), "utf8")).version as string;
  const version = `${manifest.version}-${brokenCjsTag}.0`;
  // npm publish does not rewrite workspace: ranges; pin the runtime and the mocks this release published.
  const broken = {
    ...manifest,
    version,
    dependencies: { "@specfirst/core": `^${released("core")}` },
    peerDependencies: { ...manifest.peerDependencies, "@specfirst/mock": `^${released("mock")}` },
  };
  delete broken.devDependencies;
  delete broken.scripts;
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(broken, null, 2)}\n`);
  appendFileSync(join(dir, "dist", "index.cjs"), "\nmodule.exports = { default: module.exports };\n");
  writeFileSync(join(dir, ".npmrc"), `//${new URL(registry.url).host}/:_authToken=${registry.token}\n`);
  await run("npm", ["publish", "--tag", brokenCjsTag, "--registry", registry.url], { cwd: dir, timeoutMs: 60_000 });
  return version;
}
