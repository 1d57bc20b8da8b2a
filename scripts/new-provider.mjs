#!/usr/bin/env node
// Scaffolds a new provider from scripts/templates/provider/: specs/<slug> (split layout, README,
// fixtures, one example operation) and packages/<slug> (a client factory on @specfirst/core, README,
// tests); registers the spec in redocly.yaml, the docs site and the bench; installs and generates, so
// `pnpm build && pnpm test` pass at once. Checks everything before writing anything.
// Usage: pnpm new-provider <slug> --title "<Name>" --server <url>
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { fail, parseCommandLine } from "./cli.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const templates = join(root, "scripts", "templates", "provider");
const usage = `usage: pnpm new-provider <slug> --title "<Name>" --server <url>

Scaffolds specs/<slug> and packages/<slug> (@specfirst/<slug>) and registers them.
  <slug>            lowercase letters and digits, words joined by "-" (e.g. acme-cloud)
  --title <name>    the provider's name as readers know it
  --server <url>    the API's absolute http(s) base URL, e.g. https://api.acme.dev/v1`;
// Names taken by the workspace's own packages.
const reserved = new Set(["core", "testkit", "mock", "mcp", "site", "e2e", "bench"]);

const { values, positionals } = parseCommandLine("new-provider", usage, {
  allowPositionals: true,
  options: { title: { type: "string" }, server: { type: "string" } },
});
const [slug, ...extra] = positionals;
if (!slug || extra.length > 0) fail("new-provider", `give exactly one slug.\n\n${usage}`);
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) {
  fail(
    "new-provider",
    `"${slug}" is not a valid slug: use lowercase letters and digits, words joined by "-" (e.g. acme-cloud).`,
  );
}
if (reserved.has(slug))
  fail("new-provider", `"${slug}" is the name of a workspace package; choose the provider's name.`);
for (const dir of [`specs/${slug}`, `packages/${slug}`]) {
  if (existsSync(join(root, dir)))
    fail("new-provider", `${dir} already exists; edit that provider, or choose another slug.`);
}
const title = values.title?.trim();
if (!title)
  fail(
    "new-provider",
    `--title is required: the provider's name as readers know it, e.g. --title "Acme Cloud".\n\n${usage}`,
  );
let server;
try {
  server = new URL(values.server ?? "");
} catch {
  fail(
    "new-provider",
    `--server must be the API's absolute base URL, e.g. --server https://api.acme.dev/v1 (got "${values.server ?? ""}").`,
  );
}
if (!["http:", "https:"].includes(server.protocol) || server.search || server.hash) {
  fail("new-provider", `--server must be an http(s) URL without query or fragment (got "${values.server}").`);
}

const words = slug.split("-");
const names = {
  __slug__: slug,
  __Pascal__: words.map((word) => word[0].toUpperCase() + word.slice(1)).join(""),
  __CONST__: words.join("_").toUpperCase(),
  __Title__: title,
  __server__: server.href.replace(/\/$/, ""),
};
const fill = (text) => text.replace(/__(slug|Pascal|CONST|Title|server)__/g, (token) => names[token]);

/** Every template file as [target path, contents]. */
function scaffold(from, to) {
  return readdirSync(from, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? scaffold(join(from, entry.name), join(to, entry.name))
      : [[join(to, entry.name), fill(readFileSync(join(from, entry.name), "utf8"))]],
  );
}

const files = [
  ...scaffold(join(templates, "specs"), join(root, "specs", slug)),
  ...scaffold(join(templates, "packages"), join(root, "packages", slug)),
  [join(root, "packages", slug, "LICENSE"), readFileSync(join(root, "LICENSE"), "utf8")],
];

// redocly.yaml: edited as a YAML document, so its comments stay.
const redoclyFile = join(root, "redocly.yaml");
const redocly = parseDocument(readFileSync(redoclyFile, "utf8"));
redocly.setIn(
  ["apis", slug],
  redocly.createNode({ root: `specs/${slug}/openapi.yaml`, rules: { "info-license": "off" } }),
);
redocly.getIn(["apis", slug, "rules"]).commentBefore =
  " Scaffolded: state the API's license in info.license, then remove this override.";
files.push([redoclyFile, redocly.toString({ lineWidth: 0 })]);

// Every consumer of "all providers" depends on the new client: the docs site assembles every client's
// rendered reference, the bench type-checks a consumer of every client, and the MCP server's tests
// list and call every client's tools (so Turbo builds the client before them).
for (const consumer of ["site", "bench", "packages/mcp"]) {
  const dependency = `@specfirst/${slug}`;
  const file = join(root, consumer, "package.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  manifest.devDependencies = Object.fromEntries(
    Object.entries({ ...manifest.devDependencies, [dependency]: "workspace:*" }).sort(),
  );
  files.push([file, `${JSON.stringify(manifest, null, 2)}\n`]);
}

for (const [file, contents] of files) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
console.log(
  `new-provider: wrote ${files.length} files (specs/${slug}, packages/${slug}, redocly.yaml, site/package.json, bench/package.json, packages/mcp/package.json).`,
);

// The template's code, filled in, is formatted as the workspace's Biome wants it: the order of sorted
// imports, for one, depends on the provider's names.
execFileSync(join(root, "node_modules", ".bin", "biome"), ["check", "--write", `specs/${slug}`, `packages/${slug}`], {
  cwd: root,
  stdio: "ignore",
});
const pnpm = (...args) => execFileSync("pnpm", args, { cwd: root, stdio: "inherit" });
// Under CI=true pnpm defaults to --frozen-lockfile, which refuses the new workspace packages.
pnpm("install", "--no-frozen-lockfile");
pnpm("turbo", "run", "generate", `--filter=@specfirst/${slug}`);

console.log(`
new-provider: @specfirst/${slug} is ready. Next:
  - describe the API in specs/${slug}/ (see its README.md "To do after scaffolding"), then
    pnpm build && pnpm test
  - commit, with packages/${slug}/src/generated/, and record the first release: pnpm changeset`);
