import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceCopy, type WorkspaceCopy, wholeTestRunMs } from "../../src/workspace.js";

// The maintainer's pipeline, minus this package (its tests copy the workspace; running them inside a
// copy would recurse).
const pipeline = ["run", "lint", "bundle", "generate", "build", "test", "--filter=!@specfirst/e2e"];

interface DryRunTask {
  taskId: string;
  package: string;
  command: string;
  cache: { status: "HIT" | "MISS" };
}

let copy: WorkspaceCopy;

beforeAll(async () => {
  copy = await createWorkspaceCopy();
  await copy.run("pnpm", ["turbo", ...pipeline], undefined, wholeTestRunMs); // fills the copy's local Turbo cache
}, wholeTestRunMs + 60_000);
afterEach(() => copy.reset());
afterAll(() => copy.remove());

/** What `turbo run … --dry=json` says it would run: task → cache HIT or MISS (tasks with no script left out). */
async function dryRun(...flags: string[]): Promise<{ packages: string[]; tasks: DryRunTask[] }> {
  const json = await copy.run("pnpm", ["--silent", "turbo", ...pipeline, ...flags, "--dry=json"]);
  const plan = JSON.parse(json) as { packages: string[]; tasks: DryRunTask[] };
  return { packages: plan.packages, tasks: plan.tasks.filter((task) => task.command !== "<NONEXISTENT>") };
}

const misses = (tasks: DryRunTask[]) => tasks.filter((task) => task.cache.status === "MISS").map((task) => task.taskId);

describe("after an edit, Turbo reruns only what it affects", () => {
  it("with nothing edited, every task is a cache hit", async () => {
    expect(misses((await dryRun()).tasks)).toEqual([]);
  });

  it("editing a file under specs/polar reruns Polar's spec and client tasks, nothing of NovaProxy or VPSBG", async () => {
    copy.edit("specs/polar/paths/v1_users_orders.yaml", (text) =>
      text.replace("summary: List my orders", "summary: List the signed-in user's orders"),
    );
    const { tasks } = await dryRun();
    expect(misses(tasks).sort()).toEqual([
      "@specfirst/bench#test", // the bench's own tests run the Polar client and type-check its calls
      "@specfirst/mcp#test", // the MCP server's tests list and call every provider's tools
      "@specfirst/polar#build",
      "@specfirst/polar#docs", // Polar's API reference, and only Polar's
      "@specfirst/polar#generate",
      "@specfirst/polar#test",
      "@specfirst/polar#typecheck",
      "@specfirst/site#build", // the site assembles every reference and the landing page
      "@specfirst/site#test",
      "@specfirst/spec-polar#bundle",
      "@specfirst/spec-polar#lint",
      "@specfirst/spec-polar#test",
    ]);
    const { packages } = await dryRun("--affected");
    expect(packages).toEqual([
      "@specfirst/bench",
      "@specfirst/mcp",
      "@specfirst/polar",
      "@specfirst/site",
      "@specfirst/spec-polar",
    ]);
  });

  it("editing packages/core reruns the runtime and every client that depends on it, and no spec", async () => {
    copy.edit("packages/core/src/retry.ts", (text) => `${text}\n// edited by the affected-tasks test\n`);
    const { tasks } = await dryRun();
    const rerun = new Set(misses(tasks).map((taskId) => taskId.split("#")[0]));
    expect([...rerun].sort()).toEqual([
      "@specfirst/bench",
      "@specfirst/core",
      "@specfirst/mcp",
      "@specfirst/novaproxy",
      "@specfirst/polar",
      "@specfirst/site",
      "@specfirst/vpsbg",
    ]);
    // The MCP server and the site only rerun their tests, which call the rebuilt clients (the site's
    // "Test Request" reaches their mocks); no page and no build of theirs changes.
    for (const name of ["mcp", "site"]) {
      expect(misses(tasks).filter((taskId) => taskId.startsWith(`@specfirst/${name}#`))).toEqual([
        `@specfirst/${name}#test`,
      ]);
    }
    for (const client of ["novaproxy", "polar", "vpsbg"]) {
      expect(misses(tasks)).toEqual(
        expect.arrayContaining([`@specfirst/${client}#build`, `@specfirst/${client}#test`]),
      );
    }
    const { packages } = await dryRun("--affected");
    expect(packages).toEqual([
      "@specfirst/bench",
      "@specfirst/core",
      "@specfirst/mcp",
      "@specfirst/novaproxy",
      "@specfirst/polar",
      "@specfirst/site",
      "@specfirst/vpsbg",
    ]);
  });
});
