// The look every page of the site shares: the header (brand, provider switcher, the current provider's
// links and install line), its colours in light and dark, and the page around the landing page and the
// rendered READMEs and changelogs. The reference pages are Scalar's, below the same header.

export const brand = {
  name: "specfirst API reference",
  color: "#2f5bd3",
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};

/** Where a page's header is written in: the reference pages are rendered before the site knows every provider. */
export const HEADER_SLOT = "<!--specfirst:header-->";

/**
 * The header's styles. Colours are custom properties, dark when the reader's system prefers it, and on
 * a reference page whenever Scalar is in dark mode (its toggle sets `dark-mode` on the body).
 */
export const headerCss = `
  :root { --sf-bg: #ffffff; --sf-fg: #1d2433; --sf-muted: #5b6478; --sf-line: #d5d9e2; --sf-code: #f2f4f8;
    --sf-bar: ${brand.color}; --sf-bar-fg: #ffffff; --sf-link: ${brand.color}; --scalar-custom-header-height: 48px; }
  @media (prefers-color-scheme: dark) {
    :root { --sf-bg: #10141c; --sf-fg: #e3e7ef; --sf-muted: #a3abbd; --sf-line: #2c3444; --sf-code: #1b2130;
      --sf-bar: #1c2d5c; --sf-link: #8fb0ff; }
  }
  body.dark-mode { --sf-bar: #1c2d5c; --sf-link: #8fb0ff; }
  body.light-mode { --sf-bar: ${brand.color}; --sf-link: ${brand.color}; }
  body { margin: 0; }
  .sf-header { position: sticky; top: 0; z-index: 1000; display: flex; flex-wrap: wrap; align-items: center;
    gap: 0.25rem 1rem; min-height: 48px; padding: 0.4rem 1rem; box-sizing: border-box; background: var(--sf-bar);
    color: var(--sf-bar-fg); font: 500 14px/1.3 ${brand.font}; }
  .sf-header a { color: var(--sf-bar-fg); text-decoration: none; }
  .sf-header a:hover, .sf-header a:focus-visible { text-decoration: underline; }
  .sf-header .sf-home { font-weight: 700; font-size: 15px; white-space: nowrap; }
  .sf-switcher { position: relative; }
  .sf-switcher > summary { cursor: pointer; list-style: none; padding: 0.2rem 0.6rem; border: 1px solid rgb(255 255 255 / 0.45);
    border-radius: 0.4rem; white-space: nowrap; }
  .sf-switcher > summary::-webkit-details-marker { display: none; }
  .sf-switcher > summary::after { content: " ▾"; }
  .sf-switcher ul { position: absolute; left: 0; top: calc(100% + 0.3rem); margin: 0; padding: 0.3rem 0; list-style: none;
    min-width: 14rem; background: var(--sf-bg); border: 1px solid var(--sf-line); border-radius: 0.4rem;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.2); }
  .sf-switcher li a { display: block; padding: 0.35rem 0.8rem; color: var(--sf-fg); }
  .sf-switcher li a[aria-current="page"] { font-weight: 700; }
  .sf-links { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; }
  .sf-install { display: flex; align-items: center; gap: 0.4rem; margin-left: auto; }
  .sf-install code { font: 13px/1.3 ui-monospace, SFMono-Regular, Menlo, monospace; background: rgb(0 0 0 / 0.2);
    padding: 0.2rem 0.45rem; border-radius: 0.3rem; white-space: nowrap; }
  .sf-install button { font: inherit; color: var(--sf-bar-fg); background: none; border: 1px solid rgb(255 255 255 / 0.45);
    border-radius: 0.3rem; padding: 0.1rem 0.5rem; cursor: pointer; }
  @media (max-width: 640px) { .sf-install { margin-left: 0; } .sf-install code { white-space: normal; overflow-wrap: anywhere; } }
`;

/** The landing page and the rendered READMEs and changelogs, below the header. */
export const css = `${headerCss}
  body { font: 16px/1.5 ${brand.font}; color: var(--sf-fg); background: var(--sf-bg); }
  main { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem; box-sizing: border-box; overflow-wrap: anywhere; }
  main ul.providers { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr)); }
  main ul.providers > li { border: 1px solid var(--sf-line); border-top: 4px solid ${brand.color}; border-radius: 0.5rem; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.5rem; font-size: 1.2rem; }
  main a { color: var(--sf-link); }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.75rem; margin: 0 0 0.75rem; font-size: 0.9rem; }
  dt { color: var(--sf-muted); }
  dd { margin: 0; }
  code { background: var(--sf-code); padding: 0 0.25rem; border-radius: 0.25rem; font-size: 0.9em; }
  pre { background: var(--sf-code); padding: 0.75rem 1rem; border-radius: 0.5rem; overflow-x: auto; }
  pre code { padding: 0; }
  nav.links { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.9rem; }
  table { border-collapse: collapse; display: block; overflow-x: auto; } td, th { border: 1px solid var(--sf-line); padding: 0.25rem 0.5rem; }
`;

export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char],
  );
}

/**
 * The header's script, which sends nothing anywhere: it tells Scalar the header's height (it wraps to
 * more lines on a narrow screen), so that Scalar's sticky sidebar and headings sit below it, and copies
 * the install line.
 */
const headerScript = `<script>
  const sfHeader = document.querySelector(".sf-header");
  new ResizeObserver(() =>
    document.documentElement.style.setProperty("--scalar-custom-header-height", \`\${sfHeader.offsetHeight}px\`),
  ).observe(sfHeader);
  for (const button of document.querySelectorAll(".sf-install button")) {
    button.addEventListener("click", async () => {
      const line = button.previousElementSibling;
      try {
        await navigator.clipboard.writeText(line.textContent);
        button.textContent = "Copied";
      } catch {
        // No clipboard access (an insecure origin, a denied permission): select it for the reader to copy.
        getSelection().selectAllChildren(line);
      }
    });
  }
</script>`;

/**
 * The header of a page `depth` folders below the site's root (0: the landing page, 1: a provider's
 * pages): the brand, a switcher to every provider's reference, and, on a provider's pages, its
 * reference, README, changelog, `openapi.json` and `openapi.yaml` and its install line.
 * `providers`: `{ slug, title, client }` each, `client` the package name; `current`: a slug or undefined.
 */
export function header({ providers, current, depth }) {
  const up = depth === 0 ? "./" : "../".repeat(depth);
  const here = providers.find(({ slug }) => slug === current);
  const options = providers
    .map(
      ({ slug, title }) =>
        `<li><a href="${up}${slug}/index.html"${slug === current ? ' aria-current="page"' : ""}>${escapeHtml(title)}</a></li>`,
    )
    .join("");
  const links = here
    ? `<nav class="sf-links" aria-label="${escapeHtml(here.title)}">
      <a href="${up}${here.slug}/index.html">Reference</a>
      <a href="${up}${here.slug}/readme.html">README</a>
      <a href="${up}${here.slug}/changelog.html">Changelog</a>
      <a href="${up}${here.slug}/openapi.json">openapi.json</a>
      <a href="${up}${here.slug}/openapi.yaml">openapi.yaml</a>
      <a href="${up}llms.txt">llms.txt</a>
    </nav>
    <div class="sf-install"><code>npm install ${escapeHtml(here.client)}</code><button type="button">Copy</button></div>`
    : `<nav class="sf-links" aria-label="Site"><a href="${up}llms.txt">llms.txt</a></nav>`;
  return `<header class="sf-header">
    <a class="sf-home" href="${up}index.html">${brand.name}</a>
    <details class="sf-switcher"><summary>${escapeHtml(here?.title ?? "Providers")}</summary><ul>${options}</ul></details>
    ${links}
  </header>
  ${headerScript}`;
}

/**
 * A complete page: `styles` in its head, then the header slot (which the site's build fills in) and
 * `body` (HTML).
 */
export function shell({ title, styles, body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <style>${styles}</style>
  </head>
  <body>
    ${HEADER_SLOT}
${body}
  </body>
</html>
`;
}

/** A branded page around `body` (HTML): the landing page, the rendered READMEs and changelogs. */
export function page({ title, body }) {
  return shell({ title, styles: css, body: `    <main>\n${body}\n    </main>` });
}
