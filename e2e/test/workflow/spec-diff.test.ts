import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceCopy, type WorkspaceCopy } from "../../src/workspace.js";
import { addOrdersSortParameter, addSortParameters, removeOrderTaxAmount, rewordListOrdersSummary } from "./edits.js";

let copy: WorkspaceCopy;

beforeAll(async () => {
  copy = await createWorkspaceCopy();
});
afterEach(() => copy.reset());
afterAll(() => copy.remove());

const specDiff = (...args: string[]) => copy.exec("pnpm", ["--silent", "spec:diff", ...args]);

describe("pnpm spec:diff", () => {
  it("reports a removed response field as breaking: a minor bump while the client is 0.x", async () => {
    removeOrderTaxAmount(copy);
    const { code, stdout, stderr } = await specDiff();
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(
      "@specfirst/polar 0.1.0: specs/polar compared with main (no release tag yet) → minor bump",
    );
    expect(stdout).toContain("minor bump\n  Breaking:\n");
    expect(stdout).toContain(
      "  - GET /v1/users/orders/{id}: removed the required property `tax_amount` from the response with the `200` status",
    );
    expect(stdout).toContain("@specfirst/novaproxy: specs/novaproxy unchanged since main (no release tag yet).");
    expect(stdout).toContain("@specfirst/vpsbg: specs/vpsbg unchanged since main (no release tag yet).");
  });

  it("asks for a major bump for the same change once the client is 1.x", async () => {
    removeOrderTaxAmount(copy);
    copy.edit("packages/polar/package.json", (text) => text.replace('"version": "0.1.0"', '"version": "1.2.0"'));
    const { stdout } = await specDiff();
    expect(stdout).toContain(
      "@specfirst/polar 1.2.0: specs/polar compared with main (no release tag yet) → major bump",
    );
  });

  it("reports a new optional query parameter as non-breaking: a minor bump", async () => {
    addOrdersSortParameter(copy);
    const { stdout } = await specDiff();
    expect(stdout).toContain(
      "@specfirst/vpsbg 0.1.0: specs/vpsbg compared with main (no release tag yet) → minor bump\n  Non-breaking:\n  - GET /orders: added the new optional `query` request parameter `sort`",
    );
    expect(stdout).not.toContain("Breaking:\n");
  });

  it("groups the changelog by tag when the changes span several", async () => {
    addSortParameters(copy);
    const { stdout } = await specDiff();
    expect(stdout).toContain("  Non-breaking:\n  - ");
    expect(stdout).toContain(
      "  - Servers:\n    - GET /plans: added the new optional `query` request parameter `sort`\n",
    );
    expect(stdout).toContain(
      "  - Orders:\n    - GET /orders: added the new optional `query` request parameter `sort`\n",
    );
  });

  it("reports a changed summary as documentation only: a patch bump", async () => {
    rewordListOrdersSummary(copy);
    const { stdout } = await specDiff();
    expect(stdout).toContain(
      "@specfirst/novaproxy 0.1.0: specs/novaproxy compared with main (no release tag yet) → patch bump\n  Documentation:\n  - GET /orders: summary changed",
    );
  });

  it("--changeset writes a changeset with the bump and the changelog", async () => {
    addOrdersSortParameter(copy);
    const { stdout } = await specDiff("--changeset");
    expect(stdout).toContain("wrote .changeset/spec-vpsbg.md");
    expect(copy.read(".changeset/spec-vpsbg.md")).toBe(
      [
        "---",
        '"@specfirst/vpsbg": minor',
        "---",
        "",
        "Follows the latest description of the VPSBG API:",
        "",
        "Non-breaking:",
        "- GET /orders: added the new optional `query` request parameter `sort`",
        "",
      ].join("\n"),
    );
    // Changesets itself reads it as a minor release of the client.
    const status = await copy.run("pnpm", ["changeset", "status", "--verbose"]);
    expect(status).toMatch(/Packages to be bumped at minor\n.*- @specfirst\/vpsbg 0\.2\.0\n/);
  });

  it("--check fails while a changed spec has no changeset bumping its client enough", async () => {
    removeOrderTaxAmount(copy);
    const missing = await specDiff("--check");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "@specfirst/polar: specs/polar changed since main (needs a minor bump) but has no changeset; run `pnpm spec:diff --changeset` or `pnpm changeset`.",
    );

    copy.write(".changeset/polar-typo.md", '---\n"@specfirst/polar": patch\n---\n\nFix a typo.\n');
    const tooSmall = await specDiff("--check");
    expect(tooSmall.code).toBe(1);
    expect(tooSmall.stderr).toContain("(needs a minor bump) but has only a patch changeset");

    const covered = await specDiff("--changeset", "--check");
    expect(covered.code, covered.stderr).toBe(0);
  });

  it("compares with the client's last release tag by default", async () => {
    await copy.run("git", ["tag", "@specfirst/novaproxy@0.1.0"]);
    rewordListOrdersSummary(copy);
    await copy.run("git", ["commit", "--quiet", "--all", "--message=reword"]);
    try {
      const { stdout } = await specDiff();
      // main includes the commit; the release tag does not.
      expect(stdout).toContain(
        "@specfirst/novaproxy 0.1.0: specs/novaproxy compared with @specfirst/novaproxy@0.1.0, the last release",
      );
      expect(stdout).toContain("@specfirst/vpsbg: specs/vpsbg unchanged since main (no release tag yet).");
      expect((await specDiff("--base", "main")).stdout).toContain("specs/novaproxy unchanged since main.");
    } finally {
      await copy.run("git", ["reset", "--quiet", "--hard", "HEAD~1"]);
      await copy.run("git", ["tag", "--delete", "@specfirst/novaproxy@0.1.0"]);
    }
  });

  it("refuses a base that is not a git ref, saying how to fix it", async () => {
    const { code, stderr } = await specDiff("--base", "no-such-ref");
    expect(code).toBe(1);
    expect(stderr).toContain(
      'spec:diff: "no-such-ref" is not a git ref here: pass a branch, tag or commit with --base.',
    );
  });
});
