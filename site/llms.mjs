// site/dist/llms.txt (https://llmstxt.org): the site for agents and terminals. Every provider, and every
// operation with its one-line summary, linked to its Markdown page.
import { operations } from "@specfirst/openapi-model";
import { brand } from "./brand.mjs";

/** The text of llms.txt; `providers` are `{ slug, document, client }` (`client` the package name). */
export function llmsTxt(providers) {
  const sections = providers.map(({ slug, document, client }) => {
    const lines = operations(document).map(
      ({ label, operationId, object }) =>
        `- [${operationId}](${slug}/operations/${operationId}.md): ${label}: ${oneLine(object.summary ?? object.description ?? "")}`,
    );
    return [
      `## ${document.info.title}`,
      "",
      `${oneLine(document.info.summary ?? document.info.description ?? "")} Client: \`npm install ${client}\`. Spec: [openapi.json](${slug}/openapi.json). README: [readme.html](${slug}/readme.html).`,
      "",
      ...lines,
    ].join("\n");
  });
  return `# ${brand.name}

> Hand-written OpenAPI 3.1 documents and typed TypeScript clients (@specfirst/*), one per provider. Each
> operation below links to a Markdown page with its parameters, request body, responses (schemas and
> examples) and the call with the client and with curl.

${sections.join("\n\n")}
`;
}

/** The first sentence-ish line of a text, on one line. */
const oneLine = (text) =>
  text
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, " ")
    .trim();
