#!/usr/bin/env node
// Checks the package in the working directory the way it will be published: packs it with pnpm (which
// rewrites `workspace:` ranges, as `pnpm publish` does), then runs publint --strict and attw on that
// tarball, and checks that the tarball holds the README, CHANGELOG, LICENSE and every file `exports` names.
// Prints one line: name, version, packed size and file count. Exits non-zero on any finding.
// Usage (from a package folder, after its build): node ../../scripts/check-package.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packDir = mkdtempSync(join(tmpdir(), "specfirst-pack-"));

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") throw new Error(`\`${command}\` is not installed: run \`pnpm install\`.`);
    process.stdout.write(error.stdout ?? "");
    process.stderr.write(error.stderr ?? "");
    throw new Error(`\`${[command, ...args].join(" ")}\` failed; see its report above.`);
  }
}

// The root's devDependencies (publint, attw), wherever the script is started from.
const binDir = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));

/** Every file path an `exports` map points at (conditions nested at any depth). */
function exportedFiles(exports) {
  if (typeof exports === "string") return [exports.replace(/^\.\//, "")];
  return Object.values(exports ?? {}).flatMap(exportedFiles);
}

try {
  const packed = JSON.parse(run("pnpm", ["pack", "--json", "--pack-destination", packDir]));
  const files = packed.files.map((file) => file.path);
  const manifest = JSON.parse(run("tar", ["-xzOf", packed.filename, "package/package.json"]));

  const required = ["package.json", "README.md", "CHANGELOG.md", "LICENSE", ...exportedFiles(manifest.exports)];
  const missing = required.filter((path) => !files.includes(path));
  if (missing.length > 0) {
    throw new Error(`the tarball lacks ${missing.join(", ")}: build the package, and list them in "files".`);
  }
  const workspaceRanges = Object.entries(manifest.dependencies ?? {}).filter(([, range]) =>
    range.startsWith("workspace:"),
  );
  if (workspaceRanges.length > 0) {
    throw new Error(`the packed manifest still has workspace: ranges (${workspaceRanges.map(([n]) => n)}).`);
  }

  run(join(binDir, "publint"), ["run", "--strict", packed.filename]);
  run(join(binDir, "attw"), ["--format", "table-flipped", packed.filename]);

  const kilobytes = (statSync(packed.filename).size / 1000).toFixed(1);
  console.log(
    `${manifest.name}@${manifest.version}: ${kilobytes} kB packed, ${files.length} files; publint --strict and attw: no problems.`,
  );
} catch (error) {
  console.error(`check-package: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
