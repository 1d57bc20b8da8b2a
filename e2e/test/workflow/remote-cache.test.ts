import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RemoteCache, startRemoteCache } from "../../src/remote-cache.js";
import { createWorkspaceCopy, type WorkspaceCopy } from "../../src/workspace.js";

let storage: string;
let cache: RemoteCache;
const copies: WorkspaceCopy[] = [];

// turbo.json turns on artifact signing; the team shares this key (at least 32 bytes) like the token.
const signatureKey = "e2e-signature-key-at-least-32-bytes-long";

beforeAll(async () => {
  storage = mkdtempSync(join(tmpdir(), "specfirst-remote-cache-"));
  cache = await startRemoteCache(storage);
});
afterAll(async () => {
  await cache?.stop();
  for (const copy of copies) copy.remove();
  rmSync(storage, { recursive: true, force: true });
});

/** A fresh clone of the workspace: its own folder, and an empty local Turbo cache. */
async function freshClone(): Promise<WorkspaceCopy> {
  const copy = await createWorkspaceCopy();
  copies.push(copy);
  expect(existsSync(join(copy.dir, ".turbo"))).toBe(false);
  return copy;
}

const summaryOf = (output: string) =>
  output
    .match(/Cached: +(\d+) cached, (\d+) total/)
    ?.slice(1)
    .map(Number);

describe("a self-hosted Turborepo remote cache (turborepo-remote-cache on 127.0.0.1)", () => {
  it("a build in one clone fills it; a fresh clone with an empty local cache is served entirely from it", async () => {
    const env = { ...cache.env, TURBO_REMOTE_CACHE_SIGNATURE_KEY: signatureKey };

    const first = await (await freshClone()).run("pnpm", ["build"], env);
    expect(first).toContain("Remote caching enabled");
    const [cachedFirst, total] = summaryOf(first) ?? [];
    expect(cachedFirst).toBe(0);
    // One artifact per task, each with its signature tag beside it.
    const stored = readdirSync(join(storage, "specfirst"));
    expect(stored.filter((name) => !name.endsWith(".tag")).length).toBe(total);
    expect(stored.filter((name) => name.endsWith(".tag")).length).toBe(total);

    const second = await freshClone();
    const output = await second.run("pnpm", ["build"], env);
    expect(summaryOf(output)).toEqual([total, total]);
    expect(output).toContain(">>> FULL TURBO");
    // The outputs came back from the cache: the client builds and the docs site.
    for (const file of ["packages/polar/dist/index.mjs", "packages/polar/openapi.json", "site/dist/index.html"]) {
      expect(existsSync(join(second.dir, file)), file).toBe(true);
    }
  });

  it("refuses artifacts signed with another key: every task runs again", async () => {
    const env = { ...cache.env, TURBO_REMOTE_CACHE_SIGNATURE_KEY: "another-key-also-at-least-32-bytes-long" };
    const output = await (await freshClone()).run("pnpm", ["build"], env);
    expect(summaryOf(output)?.[0], output).toBe(0);
  });
});
