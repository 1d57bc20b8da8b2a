// A client package's README example, tested: the README shows the example file verbatim, and the
// example, run against a local server, prints what the README says.
import { readFileSync } from "node:fs";
import { expect, it, vi } from "vitest";
import { captureConsoleLog, typeScriptBlocks } from "../readme.js";
import type { Responder } from "../server.js";
import { useTestServer } from "../use-server.js";

export interface ReadmeExample {
  /** The package folder (holding README.md and examples/quickstart.ts). */
  packageDir: URL;
  /** What the local server answers the example's requests with. */
  reply: Responder;
  /** Environment the example reads, given the local server's origin (base URL and token variables). */
  env: (serverUrl: string) => Record<string, string>;
  /** `() => import("../examples/quickstart.js")`, written in the test file so the bundler sees it. */
  importExample: () => Promise<unknown>;
  /** What the example must print, one entry per `console.log` call. */
  output: string[];
}

/**
 * Registers two tests for a package's README example: the README shows `examples/quickstart.ts`
 * verbatim (so the documented code is the tested code), and the example, run against a real HTTP
 * server on 127.0.0.1, prints `output`.
 */
export function describeReadmeExample(example: ReadmeExample): void {
  const server = useTestServer(example.reply);

  it("README.md shows examples/quickstart.ts verbatim", () => {
    const source = readFileSync(new URL("examples/quickstart.ts", example.packageDir), "utf8");
    expect(typeScriptBlocks(new URL("README.md", example.packageDir).pathname)).toContain(source);
  });

  it("the README example runs against a local server and prints the documented data", async () => {
    for (const [name, value] of Object.entries(example.env(server.url))) vi.stubEnv(name, value);
    try {
      expect(await captureConsoleLog(example.importExample)).toEqual(example.output);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(server.requests.length).toBeGreaterThan(0);
  });
}
