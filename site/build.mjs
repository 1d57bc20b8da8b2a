#!/usr/bin/env node
// Builds the API reference site into site/dist/, offline (no CDN: Redoc's scripts are inlined):
//   index.html                  every provider: name, description, API version, operation count, client
//                               package and install command, and links to the pages below
//   <provider>/index.html       the Redoc reference, each operation with its @specfirst client call
//   <provider>/openapi.json     the bundled document, as the client package ships it; openapi.yaml the same
//   <provider>/readme.html      the client package's README; changelog.html its CHANGELOG
// The providers come from specs/*/ and packages/*/: a new provider appears without editing this file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { stringify } from "yaml";
import { operationCount, withCodeSamples } from "../scripts/code-samples.mjs";
import { clientFactory, workspaceProviders } from "../scripts/providers.mjs";
import { bar, barCss, brand, escapeHtml, page } from "./brand.mjs";

const root = join(import.meta.dirname, "..");
const siteDir = join(import.meta.dirname, "dist");
const staging = `${siteDir}.staging`;
const redocly = join(import.meta.dirname, "node_modules", ".bin", "redocly");

function fail(message) {
  console.error(`site: ${message}`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The client's factory (`createPolarClient`), or a clear stop when its entry point exports none. */
function factoryOf(client) {
  const factory = clientFactory(client);
  if (!factory) fail(`${client.manifest.name}: src/index.ts exports no create…Client function.`);
  return factory;
}

const providers = workspaceProviders(root).map(({ slug, specDir, specPackage, client }) => {
  const bundled = join(root, specDir, "dist", "openapi.json");
  if (!existsSync(bundled)) fail(`${specDir}/dist/openapi.json is missing: run \`pnpm run docs\` (it bundles first).`);
  if (!client) fail(`no package in packages/ depends on ${specPackage}; every spec needs its client package.`);
  return { slug, document: readJson(bundled), client, factory: factoryOf(client) };
});
if (providers.length === 0) fail("specs/ holds no spec package.");

const summary = (info) => info.summary ?? info.description?.split(/\n\s*\n/)[0] ?? "";

function renderReference(provider, dir) {
  const { slug, document, client, factory } = provider;
  const source = join(staging, `${slug}.samples.json`);
  writeFileSync(source, JSON.stringify(withCodeSamples(document, { slug, client: client.manifest.name, factory })));
  execFileSync(
    redocly,
    [
      "build-docs",
      source,
      "--inlineBundle",
      "--output",
      join(dir, "index.html"),
      "--title",
      `${document.info.title} · ${brand.name}`,
      "--template",
      join(import.meta.dirname, "reference.hbs"),
      `--templateOptions.css=${barCss}`,
      `--templateOptions.bar=${bar("../index.html", document.info.title)}`,
      `--openapi.theme.colors.primary.main=${brand.color}`,
      `--openapi.theme.typography.fontFamily=${brand.font}`,
      `--openapi.theme.typography.headings.fontFamily=${brand.font}`,
      "--openapi.scrollYOffset=48",
    ],
    { cwd: import.meta.dirname, stdio: ["ignore", "ignore", "pipe"] },
  );
  rmSync(source);
  const html = join(dir, "index.html");
  writeFileSync(html, finishReference(readFileSync(html, "utf8")));
}

/**
 * What `build-docs` flags cannot say, written into the page's Redoc options: `codeSamples` (Redoc shows
 * an operation's x-codeSamples only for the languages listed there, and flags cannot make a list) and
 * `disableTelemetry` (the CLI writes `false` whatever the flag says; the page must send nothing to
 * Redocly). And Redoc shows Redocly's logo from a CDN, which an offline page cannot load and must not
 * request, so it points at an empty inline image instead.
 */
function finishReference(html) {
  const options = /const __redoc_options = (\{.*\});\n/;
  const match = html.match(options);
  if (!match) fail("redocly build-docs wrote no __redoc_options; its page template changed.");
  const redocOptions = {
    ...JSON.parse(match[1]),
    codeSamples: { languages: [{ lang: "TypeScript" }] },
    disableTelemetry: true,
  };
  return html
    .replace(options, () => `const __redoc_options = ${JSON.stringify(redocOptions)};\n`)
    .replace(redocCdnImage, emptyImage);
}

const redocCdnImage = /https:\/\/cdn\.redoc\.ly\/redoc\/[\w-]+\.svg/g;
const emptyImage = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E";

function renderMarkdown(file, title, here) {
  const body = existsSync(file) ? marked.parse(readFileSync(file, "utf8")) : "<p>Not written yet.</p>";
  return page({ title, home: "../index.html", here, body });
}

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

// Build into a staging folder and swap it in, so a failure never leaves a half-written site.
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);
for (const provider of providers) {
  const { slug, document, client } = provider;
  const dir = join(staging, slug);
  mkdirSync(dir);
  writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(join(dir, "openapi.yaml"), stringify(document, { lineWidth: 0 }));
  const name = client.manifest.name;
  writeFileSync(join(dir, "readme.html"), renderMarkdown(join(client.dir, "README.md"), `${name} README`, name));
  writeFileSync(
    join(dir, "changelog.html"),
    renderMarkdown(join(client.dir, "CHANGELOG.md"), `${name} changelog`, `${name} changelog`),
  );
  renderReference(provider, dir);
}
writeFileSync(join(staging, "index.html"), landing);
rmSync(siteDir, { recursive: true, force: true });
renameSync(staging, siteDir);
console.log(
  `site/dist/: ${providers.map(({ slug, document }) => `${slug} (${operationCount(document)} operations)`).join(", ")}`,
);
