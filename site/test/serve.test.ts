import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { siteProviders } from "./providers.js";

const serve = join(import.meta.dirname, "..", "serve.mjs");
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Starts `pnpm docs:serve`'s script with `args`; resolves with what it printed once it listens (or exits). */
function start(args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    const started = spawn(process.execPath, [serve, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    started.stdout.on("data", (chunk) => {
      stdout += chunk;
      // The last line names the last provider's mock: everything is mounted.
      if (stdout.includes(`${siteProviders().at(-1)?.slug} mock:`)) resolve({ stdout, stderr, code: null });
    });
    started.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    started.on("exit", (code) => resolve({ stdout, stderr, code }));
  });
}

describe("pnpm docs:serve", () => {
  it("serves the site and, beside it on the same origin, every provider's mock, and says where", async () => {
    const { stdout } = await start(["--port", "0"]);
    const origin = stdout.match(/^docs:serve: (http:\/\/127\.0\.0\.1:\d+)\//m)?.[1];
    expect(origin, stdout).toBeDefined();
    expect((await fetch(`${origin}/index.html`)).status).toBe(200);
    for (const { slug, tryIt } of siteProviders()) {
      expect(stdout).toContain(`  ${slug} mock: ${origin}${tryIt.requestPath.slice(0, -tryIt.path.length)}\n`);
      const response = await fetch(`${origin}${tryIt.requestPath}`, { headers: { authorization: "Bearer t" } });
      expect(response.status, tryIt.requestPath).toBe(200);
      expect(response.headers.get("x-mock-operation")).toBe(tryIt.operationId);
    }
  });

  it("given a wrong option, prints what was wrong and its usage, not a stack trace", async () => {
    const { code, stderr } = await start(["--prot", "4400"]);
    expect(code).toBe(1);
    expect(stderr).toContain("docs:serve: Unknown option '--prot'");
    expect(stderr).toContain("usage: pnpm docs:serve");
    expect(stderr).not.toContain("    at ");
  });
});
