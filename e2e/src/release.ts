import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./run.js";
import type { LocalRegistry } from "./verdaccio.js";

/** What the release published: package name → version, e.g. `"@specfirst/polar" → "0.1.1"`. */
export type PublishedVersions = Record<string, string>;

const minute = 60_000;

/** The changeset the test releases: a patch of the runtime, which bumps every client that depends on it. */
export const testChangeset = `---
"@specfirst/core": patch
---

End-to-end install test: a patch release of the shared runtime.
`;

function packageManifests(dir: string): { file: string; manifest: Record<string, unknown> }[] {
  return readdirSync(join(dir, "packages")).map((name) => {
    const file = join(dir, "packages", name, "package.json");
    return { file, manifest: JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> };
  });
}

/**
 * Runs the real release path in the workspace copy at `dir` against `registry`: the test changeset,
 * `pnpm version-packages` (changeset version + lockfile), then `pnpm release` (generated-code check,
 * build, package checks, `changeset publish`). Returns the versions it published.
 */
export async function releaseInto(registry: LocalRegistry, dir: string): Promise<PublishedVersions> {
  const pnpm = (args: string[], env: Record<string, string> = {}) =>
    run("pnpm", args, { cwd: dir, env, timeoutMs: 10 * minute });

  await pnpm(["install", "--offline", "--frozen-lockfile"]);
  writeFileSync(join(dir, ".changeset", "e2e-install.md"), testChangeset);
  await pnpm(["version-packages"]);

  // Provenance is signed by the CI provider's OIDC identity (GitHub Actions with `id-token: write`);
  // npm refuses `provenance: true` anywhere else, and no setting overrides publishConfig. The copy
  // publishes without it; everything else is the manifest as released.
  for (const { file, manifest } of packageManifests(dir)) {
    const publishConfig = manifest.publishConfig as Record<string, unknown> | undefined;
    if (publishConfig) delete publishConfig.provenance;
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  writeFileSync(join(dir, ".npmrc"), `//${new URL(registry.url).host}/:_authToken=${registry.token}\n`, {
    flag: "a",
  });
  await pnpm(["release"], { npm_config_registry: registry.url });

  return Object.fromEntries(
    packageManifests(dir)
      .filter(({ manifest }) => manifest.private !== true)
      .map(({ manifest }) => [manifest.name as string, manifest.version as string]),
  );
}
