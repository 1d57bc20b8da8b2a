#!/usr/bin/env node
// Assembles site/dist/ from every spec package's rendered reference (dist/index.html, built by
// `redocly build-docs --inlineBundle`, so it works offline) and bundled document:
//   index.html                 the providers: name, summary, spec version, client package, install command
//   <provider>/index.html      the provider's API reference
//   <provider>/openapi.json    the bundled OpenAPI document
// The list comes from specs/*/ and packages/*/package.json: a new provider appears without editing this file.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const siteDir = join(import.meta.dirname, "dist");

function fail(message) {
  console.error(`site: ${message}`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char],
  );

const clients = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir, "package.json"))
  .filter(existsSync)
  .map(readJson);

const providers = readdirSync(join(root, "specs"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, "specs", entry.name, "package.json")))
  .map(({ name: slug }) => {
    const dir = join(root, "specs", slug);
    const specPackage = readJson(join(dir, "package.json")).name;
    for (const file of ["openapi.json", "index.html"]) {
      if (!existsSync(join(dir, "dist", file))) {
        fail(`specs/${slug}/dist/${file} is missing: run \`pnpm docs\` (it bundles and renders every spec first).`);
      }
    }
    const { info } = readJson(join(dir, "dist", "openapi.json"));
    const client = clients.find((manifest) => specPackage in { ...manifest.dependencies, ...manifest.devDependencies });
    if (!client) fail(`no package in packages/ depends on ${specPackage}; every spec needs its client package.`);
    return { slug, dir, info, client };
  });

if (providers.length === 0) fail("specs/ holds no spec package.");

const summary = (info) => info.summary ?? info.description?.split(/\n\s*\n/)[0] ?? "";

const card = ({ slug, info, client }) => `
      <li>
        <h2><a href="./${slug}/index.html">${escapeHtml(info.title)}</a></h2>
        <p>${escapeHtml(summary(info))}</p>
        <dl>
          <dt>API version</dt><dd>${escapeHtml(info.version)}</dd>
          <dt>Client</dt><dd><code>${escapeHtml(client.name)}</code> ${escapeHtml(client.version)}</dd>
          <dt>Install</dt><dd><code>npm install ${escapeHtml(client.name)}</code></dd>
          <dt>Spec</dt><dd><a href="./${slug}/openapi.json">openapi.json</a></dd>
        </dl>
      </li>`;

const landing = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>specfirst API reference</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 2rem; color: #1d2433; }
      ul { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
      li { border: 1px solid #d5d9e2; border-radius: 0.5rem; padding: 1rem 1.25rem; }
      h2 { margin: 0 0 0.5rem; font-size: 1.2rem; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.75rem; margin: 0; font-size: 0.9rem; }
      dt { color: #5b6478; }
      dd { margin: 0; }
      code { background: #f2f4f8; padding: 0 0.25rem; border-radius: 0.25rem; }
    </style>
  </head>
  <body>
    <h1>specfirst API reference</h1>
    <p>Hand-written OpenAPI 3.1 documents and typed TypeScript clients, one per provider.</p>
    <ul>${providers.map(card).join("")}
    </ul>
  </body>
</html>
`;

// Build into a staging folder and swap it in, so a failure never leaves a half-written site.
const staging = `${siteDir}.staging`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);
for (const { slug, dir } of providers) {
  mkdirSync(join(staging, slug));
  copyFileSync(join(dir, "dist", "index.html"), join(staging, slug, "index.html"));
  copyFileSync(join(dir, "dist", "openapi.json"), join(staging, slug, "openapi.json"));
}
writeFileSync(join(staging, "index.html"), landing);
rmSync(siteDir, { recursive: true, force: true });
renameSync(staging, siteDir);
console.log(`site/dist/: ${providers.map((provider) => provider.slug).join(", ")}`);
