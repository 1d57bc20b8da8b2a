// Every `pnpm <command>` the READMEs show exists and answers `--help` with its usage, exit code 0, and
// without doing anything else: the first thing a new user types must not fail. Run in the workspace
// itself, as `--help` changes nothing.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exec } from "../../src/run.js";

const root = join(import.meta.dirname, "..", "..", "..");

/** The code of a Markdown text: its fenced blocks and its inline code spans. */
function codeOf(markdown: string): string[] {
  const fenced = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map(([, code]) => code ?? "");
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, "");
  return [...fenced, ...[...prose.matchAll(/`([^`\n]+)`/g)].map(([, code]) => code ?? "")];
}

const documents = execFileSync("git", ["ls-files", "*README.md", "RELEASING.md"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter(Boolean);
/** Each command name, with the first document that shows it. */
const commands = new Map<string, string>();
for (const document of documents)
  for (const code of codeOf(readFileSync(join(root, document), "utf8")))
    for (const [, name] of code.matchAll(/(?:^|[\s;&|(])pnpm ([a-z](?:[a-z0-9:-]*[a-z0-9])?)/g))
      if (name && !commands.has(name)) commands.set(name, document);

describe("the commands the READMEs name", () => {
  it("include the maintainer's commands (the list is read, not empty)", () => {
    expect([...commands.keys()]).toEqual(
      expect.arrayContaining(["build", "test", "contract", "bench", "new-provider"]),
    );
  });

  for (const [name, document] of commands) {
    it(`pnpm ${name} --help (named in ${document}) prints its usage and exits 0`, async () => {
      const { code, stdout, stderr } = await exec("pnpm", [name, "--help"], { cwd: root, timeoutMs: 60_000 });
      expect({ code, stderr: code === 0 ? "" : stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(/usage/i);
    });
  }

  it("pnpm contract polar --help prints the contract's usage", async () => {
    const { code, stdout } = await exec("pnpm", ["contract", "polar", "--help"], { cwd: root, timeoutMs: 60_000 });
    expect(code).toBe(0);
    expect(stdout).toContain("usage: pnpm contract <provider>");
  });
});
