import { readFileSync } from "node:fs";
import { format } from "node:util";

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
