// A reader of this repository can open everything it cites: no committed file points at the
// maintainers' notes beside the checkout or at a path on a maintainer's machine (facts cite the
// provider's page by URL, or a public repository at a commit).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { outsideReferences } from "@specfirst/testkit";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");

it("no committed file cites a file outside the repository", () => {
  const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    // The one file that names them, to find them.
    .filter((file) => file !== "packages/testkit/src/provenance.ts")
    .map((file) => join(root, file));
  expect(outsideReferences(files, root)).toEqual([]);
});
