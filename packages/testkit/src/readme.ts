import { readFileSync } from "node:fs";
import { format } from "node:util";
import { expect, it, vi } from "vitest";
import type { Responder } from "./server.js";
import { useTestServer } from "./use-server.js";

/** The contents of every ```ts / ```typescript fenced block of a Markdown file, in order. */
export function typeScriptBlocks(markdownFile: string): string[] {
  const markdown = readFileSync(markdownFile, "utf8");
  return [...markdown.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}

/** Runs `run` and returns what it printed with `console.log`, one entry per call. */
export async function captureConsoleLog(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => lines.push(format(...args));
  try {
    await run();
  } finally {
    console.log = original;
  }
  return lines;
}

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
