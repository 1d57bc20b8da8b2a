#!/usr/bin/env node
// The `docs` task of a client package (run in packages/<provider>/): renders that provider's part of the
// API reference site into packages/<provider>/reference/, which site/build.mjs then assembles:
//   index.html              the reference, rendered in the browser by Scalar's standalone bundle (which
//                           the site serves once for every provider, offline): every operation with its
//                           TypeScript and curl samples, and "Test Request" against a server the reader
//                           picks, the local mock of `pnpm docs:serve` first
//   operations/<id>.md      one Markdown page per operation (@scalar/openapi-to-markdown), with its samples
//   openapi.json            the bundled document, as the client package ships it; openapi.yaml the same
//   readme.html             the client package's README; changelog.html its CHANGELOG
// Each page leaves a slot for the header, which the site's build fills once it knows every provider.
// One task per provider, cached by Turbo, so editing one spec re-renders one reference.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createMarkdownFromOpenApi } from "@scalar/openapi-to-markdown";
import { operations } from "@specfirst/openapi-model";
import { marked } from "marked";
import { stringify } from "yaml";
import { fail } from "../scripts/cli.mjs";
import { codeSample, curlSample, withCodeSamples } from "../scripts/code-samples.mjs";
import { clientFactory, workspaceProviders } from "../scripts/providers.mjs";
import { brand, headerCss, page, shell } from "./brand.mjs";
import { mockPath } from "./mock-path.mjs";

const root = join(import.meta.dirname, "..");

const here = resolve(process.cwd());
const provider = workspaceProviders(root).find(({ client }) => client && resolve(client.dir) === here);
if (!provider) fail("reference", `${here} is not the client package of a spec in specs/.`);
const { slug, client } = provider;
const name = client.manifest.name;
const factory = clientFactory(client);
if (!factory) fail("reference", `${name}: src/index.ts exports no create…Client function.`);
const bundled = join(client.dir, "openapi.json");
if (!existsSync(bundled))
  fail("reference", `${name}: openapi.json is missing; run \`pnpm run docs\` (it generates first).`);
const document = JSON.parse(readFileSync(bundled, "utf8"));
const samples = { slug, client: name, factory };

const output = join(client.dir, "reference");
// Rendered into a staging folder and swapped in, so a failure never leaves a half-written reference.
const staging = `${output}.staging`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(join(staging, "operations"), { recursive: true });

writeFileSync(join(staging, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(staging, "openapi.yaml"), stringify(document, { lineWidth: 0 }));
const markdown = (file, title) => {
  const body = existsSync(file) ? marked.parse(readFileSync(file, "utf8")) : "<p>Not written yet.</p>";
  return page({ title, body });
};
writeFileSync(join(staging, "readme.html"), markdown(join(client.dir, "README.md"), `${name} README`));
writeFileSync(join(staging, "changelog.html"), markdown(join(client.dir, "CHANGELOG.md"), `${name} changelog`));
writeFileSync(join(staging, "index.html"), referencePage());
for (const operation of operations(document)) {
  writeFileSync(join(staging, "operations", `${operation.operationId}.md`), await operationMarkdown(operation));
}
rmSync(output, { recursive: true, force: true });
renameSync(staging, output);
console.log(`reference: ${name} → reference/`);

/**
 * The security scheme "Test Request" offers first: the first one the document accepts that a reader
 * can fill in by hand (a bearer token or an API key), not, say, Polar's OpenID Connect.
 */
function preferredSecurityScheme() {
  const schemes = document.components?.securitySchemes ?? {};
  const requirements = [document.security ?? [], ...operations(document).map(({ security }) => security)];
  for (const requirement of requirements.flat()) {
    for (const scheme of Object.keys(requirement)) {
      const { type } = schemes[scheme] ?? {};
      if (type === "http" || type === "apiKey") return scheme;
    }
  }
  return undefined;
}

/**
 * The reference page: the header slot, then Scalar, given the document with its code samples inline (so
 * the page needs no request to render) and configured to send nothing the reader did not ask for: no
 * telemetry, no proxy, no remote fonts, no hosted client, agent or MCP; the token typed into "Test
 * Request" stays in the page's memory (`persistAuth: false`). The servers are the local mock first, then
 * the spec's.
 */
function referencePage() {
  const content = withCodeSamples(document, samples);
  const configuration = {
    telemetry: false,
    withDefaultFonts: false,
    hideClientButton: true,
    showDeveloperTools: "never",
    documentDownloadType: "none",
    hiddenClients: true,
    persistAuth: false,
    mcp: { disabled: true },
    agent: { disabled: true },
    theme: "default",
    customCss: `.scalar-app { --scalar-color-accent: ${brand.color}; --scalar-font: ${brand.font}; }`,
    authentication: { preferredSecurityScheme: preferredSecurityScheme() },
  };
  // In a <script> element, "</script>" would end it: JSON's \u003c keeps every "<" out of the markup.
  const inline = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
  return shell({
    title: `${document.info.title} · ${brand.name}`,
    styles: headerCss,
    body: `    <div id="reference"></div>
    <script type="application/json" id="sf-document">${inline(content)}</script>
    <script type="application/json" id="sf-configuration">${inline(configuration)}</script>
    <script src="../assets/scalar-api-reference.js"></script>
    <script>
      const content = JSON.parse(document.getElementById("sf-document").textContent);
      const configuration = JSON.parse(document.getElementById("sf-configuration").textContent);
      // The mock \`pnpm docs:serve\` serves beside the site, on this page's own origin.
      const mock = {
        url: new URL(${inline(`../${mockPath(slug, document)}`)}, location.href).href.replace(/\\/$/, ""),
        description: "Local mock (pnpm docs:serve): answers from the spec's examples; nothing leaves this machine",
      };
      Scalar.createApiReference("#reference", { ...configuration, content, servers: [mock, ...(content.servers ?? [])] });
    </script>`,
  });
}

/**
 * One operation as Markdown, for agents and terminals: what @scalar/openapi-to-markdown writes of it
 * (parameters, request body, responses with their schemas and examples), then the call with the client
 * and with curl.
 */
async function operationMarkdown(operation) {
  const described = await createMarkdownFromOpenApi(document, { operation: { operationId: operation.operationId } });
  return `${described.trimEnd()}

## Call it with ${name}

\`\`\`ts
${codeSample(document, samples, operation).trimEnd()}
\`\`\`

## Call it with curl

\`\`\`sh
${curlSample(document, samples, operation).trimEnd()}
\`\`\`
`;
}
