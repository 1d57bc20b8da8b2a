#!/usr/bin/env node
// The `docs` task of a client package (run in packages/<provider>/): renders that provider's part of the
// API reference site into packages/<provider>/reference/, which site/build.mjs then assembles:
//   index.html       the Redoc reference, offline (Redoc's scripts inlined), each operation with its
//                    @specfirst client call
//   openapi.json     the bundled document, as the client package ships it; openapi.yaml the same
//   readme.html      the client package's README; changelog.html its CHANGELOG
// One task per provider, cached by Turbo, so editing one spec re-renders one reference.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { marked } from "marked";
import { stringify } from "yaml";
import { withCodeSamples } from "../scripts/code-samples.mjs";
import { clientFactory, workspaceProviders } from "../scripts/providers.mjs";
import { bar, barCss, brand, page } from "./brand.mjs";

const root = join(import.meta.dirname, "..");
const redocly = join(import.meta.dirname, "node_modules", ".bin", "redocly");

function fail(message) {
  console.error(`reference: ${message}`);
  process.exit(1);
}

const here = resolve(process.cwd());
const provider = workspaceProviders(root).find(({ client }) => client && resolve(client.dir) === here);
if (!provider) fail(`${here} is not the client package of a spec in specs/.`);
const { slug, client } = provider;
const name = client.manifest.name;
const factory = clientFactory(client);
if (!factory) fail(`${name}: src/index.ts exports no create…Client function.`);
const bundled = join(client.dir, "openapi.json");
if (!existsSync(bundled)) fail(`${name}: openapi.json is missing; run \`pnpm run docs\` (it generates first).`);
const document = JSON.parse(readFileSync(bundled, "utf8"));

const output = join(client.dir, "reference");
// Rendered into a staging folder and swapped in, so a failure never leaves a half-written reference.
const staging = `${output}.staging`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging);

writeFileSync(join(staging, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(staging, "openapi.yaml"), stringify(document, { lineWidth: 0 }));
const markdown = (file, title, here) => {
  const body = existsSync(file) ? marked.parse(readFileSync(file, "utf8")) : "<p>Not written yet.</p>";
  return page({ title, home: "../index.html", here, body });
};
writeFileSync(join(staging, "readme.html"), markdown(join(client.dir, "README.md"), `${name} README`, name));
writeFileSync(
  join(staging, "changelog.html"),
  markdown(join(client.dir, "CHANGELOG.md"), `${name} changelog`, `${name} changelog`),
);

const source = join(staging, "samples.json");
writeFileSync(source, JSON.stringify(withCodeSamples(document, { slug, client: name, factory })));
const html = join(staging, "index.html");
execFileSync(
  redocly,
  [
    "build-docs",
    source,
    "--inlineBundle",
    "--output",
    html,
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
writeFileSync(html, finishReference(readFileSync(html, "utf8")));
rmSync(output, { recursive: true, force: true });
renameSync(staging, output);
console.log(`reference: ${name} → reference/`);

/**
 * What `build-docs` flags cannot say, written into the page's Redoc options: `codeSamples` (Redoc shows
 * an operation's x-codeSamples only for the languages listed there, and flags cannot make a list) and
 * `disableTelemetry` (the CLI writes `false` whatever the flag says; the page must send nothing to
 * Redocly). And Redoc shows Redocly's logo from a CDN, which an offline page cannot load and must not
 * request, so it points at an empty inline image instead.
 */
function finishReference(text) {
  const options = /const __redoc_options = (\{.*\});\n/;
  const match = text.match(options);
  if (!match) fail("redocly build-docs wrote no __redoc_options; its page template changed.");
  const redocOptions = {
    ...JSON.parse(match[1]),
    codeSamples: { languages: [{ lang: "TypeScript" }] },
    disableTelemetry: true,
  };
  return text
    .replace(options, () => `const __redoc_options = ${JSON.stringify(redocOptions)};\n`)
    .replace(
      /https:\/\/cdn\.redoc\.ly\/redoc\/[\w-]+\.svg/g,
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E",
    );
}
