#!/usr/bin/env node
// Assembles the API reference site into site/dist/, offline:
//   index.html                  every provider: name, description, API version, operation count, client
//                               package and install command, and links to its pages
//   <provider>/…                what that client package's `docs` task rendered into its reference/
//                               folder (site/reference.mjs): the Redoc page, openapi.json and .yaml,
//                               the README and the changelog
// Each provider's reference is a Turbo task of its own, cached, so this step only copies and writes
// the landing page. The providers come from specs/*/ and packages/*/: a new one appears without
// editing this file.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { operationCount } from "../scripts/code-samples.mjs";
import { workspaceProviders } from "../scripts/providers.mjs";
import { brand, escapeHtml, page } from "./brand.mjs";

const root = join(import.meta.dirname, "..");
const siteDir = join(import.meta.dirname, "dist");
const staging = `${siteDir}.staging`;

function fail(message) {
  console.error(`site: ${message}`);
  process.exit(1);
}

const providers = workspaceProviders(root).map(({ slug, specPackage, client }) => {
  if (!client) fail(`no package in packages/ depends on ${specPackage}; every spec needs its client package.`);
  const reference = join(client.dir, "reference");
  if (!existsSync(join(reference, "index.html"))) {
    fail(`${client.manifest.name} has no rendered reference: run \`pnpm run docs\` (it renders each provider first).`);
  }
  return { slug, reference, client, document: JSON.parse(readFileSync(join(reference, "openapi.json"), "utf8")) };
});
if (providers.length === 0) fail("specs/ holds no spec package.");

const summary = (info) => info.summary ?? info.description?.split(/\n\s*\n/)[0] ?? "";

const card = ({ slug, document, client }) => `
      <li>
        <h2><a href="./${slug}/index.html">${escapeHtml(document.info.title)}</a></h2>
        <p>${escapeHtml(summary(document.info))}</p>
        <dl>
          <dt>API version</dt><dd>${escapeHtml(document.info.version)}</dd>
          <dt>Operations</dt><dd class="operation-count">${operationCount(document)}</dd>
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
  home: "./index.html",
  body: `      <h1>${brand.name}</h1>
      <p>Hand-written OpenAPI 3.1 documents and typed TypeScript clients, one per provider.</p>
      <ul class="providers">${providers.map(card).join("")}
      </ul>`,
});

// Assembled in a staging folder and swapped in, so a failure never leaves a half-written site.
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);
for (const { slug, reference } of providers) cpSync(reference, join(staging, slug), { recursive: true });
writeFileSync(join(staging, "index.html"), landing);
rmSync(siteDir, { recursive: true, force: true });
renameSync(staging, siteDir);
console.log(
  `site/dist/: ${providers.map(({ slug, document }) => `${slug} (${operationCount(document)} operations)`).join(", ")}`,
);
