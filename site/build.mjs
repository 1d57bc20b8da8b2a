#!/usr/bin/env node
// Assembles the API reference site into site/dist/, offline:
//   index.html                  every provider: name, description, API version, operation count, client
//                               package and install command, and links to its pages
//   llms.txt                    every provider and operation, linked to the operations' Markdown pages
//   assets/scalar-api-reference.js   Scalar's standalone bundle, which every reference page loads
//   <provider>/…                what that client package's `docs` task rendered into its reference/
//                               folder (site/reference.mjs), with the header filled in
// Each provider's reference is a Turbo task of its own, cached, so this step only copies, fills in the
// headers (the provider switcher needs every provider) and writes the landing page and llms.txt. The
// providers come from specs/*/ and packages/*/: a new one appears without editing this file.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { operations } from "@specfirst/openapi-model";
import { fail } from "../scripts/cli.mjs";
import { workspaceProviders } from "../scripts/providers.mjs";
import { brand, escapeHtml, HEADER_SLOT, header, page } from "./brand.mjs";
import { llmsTxt } from "./llms.mjs";

const root = join(import.meta.dirname, "..");
const siteDir = join(import.meta.dirname, "dist");
const staging = `${siteDir}.staging`;
// Not in the package's exports: found beside its entry point (dist/index.js → dist/browser/standalone.js).
const scalar = join(
  dirname(createRequire(import.meta.url).resolve("@scalar/api-reference")),
  "browser",
  "standalone.js",
);

const providers = workspaceProviders(root).map(({ slug, specPackage, client }) => {
  if (!client) fail("site", `no package in packages/ depends on ${specPackage}; every spec needs its client package.`);
  const reference = join(client.dir, "reference");
  if (!existsSync(join(reference, "index.html"))) {
    fail(
      "site",
      `${client.manifest.name} has no rendered reference: run \`pnpm run docs\` (it renders each provider first).`,
    );
  }
  const document = JSON.parse(readFileSync(join(reference, "openapi.json"), "utf8"));
  return { slug, reference, client, document, title: document.info.title };
});
if (providers.length === 0) fail("site", "specs/ holds no spec package.");
const switcher = providers.map(({ slug, title, client }) => ({ slug, title, client: client.manifest.name }));

const summary = (info) => info.summary ?? info.description?.split(/\n\s*\n/)[0] ?? "";

const card = ({ slug, document, client }) => `
      <li>
        <h2><a href="./${slug}/index.html">${escapeHtml(document.info.title)}</a></h2>
        <p>${escapeHtml(summary(document.info))}</p>
        <dl>
          <dt>API version</dt><dd>${escapeHtml(document.info.version)}</dd>
          <dt>Operations</dt><dd class="operation-count">${operations(document).length}</dd>
          <dt>Client</dt><dd><code>${escapeHtml(client.manifest.name)}</code> ${escapeHtml(client.manifest.version)}</dd>
          <dt>Install</dt><dd><code>npm install ${escapeHtml(client.manifest.name)}</code></dd>
        </dl>
        <nav class="links">
          <a href="./${slug}/index.html">Reference</a>
          <a href="./${slug}/openapi.json" download>openapi.json</a>
          <a href="./${slug}/openapi.yaml" download>openapi.yaml</a>
          <a href="./${slug}/readme.html">README</a>
          <a href="./${slug}/changelog.html">Changelog</a>
        </nav>
      </li>`;

const landing = page({
  title: brand.name,
  body: `      <h1>${brand.name}</h1>
      <p>Hand-written OpenAPI 3.1 documents and typed TypeScript clients, one per provider. Every reference
      can send requests to the local mock that <code>pnpm docs:serve</code> runs beside it, and
      <a href="./llms.txt">llms.txt</a> lists every operation as Markdown for agents and terminals.</p>
      <ul class="providers">${providers.map(card).join("")}
      </ul>`,
});

/** Fills in the header of every HTML page in `dir` (a provider's folder, `current` its slug). */
function fillHeaders(dir, current) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".html"))) {
    const html = readFileSync(join(dir, file), "utf8");
    if (!html.includes(HEADER_SLOT))
      fail("site", `${join(dir, file)} has no header slot; re-render it with \`pnpm run docs\`.`);
    writeFileSync(
      join(dir, file),
      html.replace(HEADER_SLOT, () => header({ providers: switcher, current, depth: 1 })),
    );
  }
}

// Assembled in a staging folder and swapped in, so a failure never leaves a half-written site.
rmSync(staging, { recursive: true, force: true });
mkdirSync(join(staging, "assets"), { recursive: true });
cpSync(scalar, join(staging, "assets", "scalar-api-reference.js"));
for (const { slug, reference } of providers) {
  cpSync(reference, join(staging, slug), { recursive: true });
  fillHeaders(join(staging, slug), slug);
}
writeFileSync(
  join(staging, "index.html"),
  landing.replace(HEADER_SLOT, () => header({ providers: switcher, current: undefined, depth: 0 })),
);
writeFileSync(
  join(staging, "llms.txt"),
  llmsTxt(providers.map(({ slug, document, client }) => ({ slug, document, client: client.manifest.name }))),
);
rmSync(siteDir, { recursive: true, force: true });
renameSync(staging, siteDir);
console.log(
  `site/dist/: ${providers.map(({ slug, document }) => `${slug} (${operations(document).length} operations)`).join(", ")}`,
);
