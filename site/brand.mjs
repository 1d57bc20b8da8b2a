// The look every page of the site shares: the landing page, the rendered READMEs and changelogs, and
// the bar above each Redoc reference (whose own theme uses the same colour and font).

export const brand = {
  name: "specfirst API reference",
  color: "#2f5bd3",
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};

/** The bar above every page; the Redoc reference pages get only this, so Redoc keeps its own styles. */
export const barCss = `
  body { margin: 0; }
  .sf-bar { display: flex; gap: 1rem; align-items: center; height: 48px; padding: 0 1.5rem; box-sizing: border-box;
    background: ${brand.color}; color: #fff; font: 600 15px/1 ${brand.font}; position: sticky; top: 0; z-index: 10; }
  .sf-bar a { color: #fff; text-decoration: none; }
  .sf-bar span { font-weight: 400; opacity: 0.85; }
`;

/** The landing page and the rendered READMEs and changelogs. */
export const css = `${barCss}
  body { font: 16px/1.5 ${brand.font}; color: #1d2433; }
  main { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem; }
  main ul.providers { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
  main ul.providers > li { border: 1px solid #d5d9e2; border-top: 4px solid ${brand.color}; border-radius: 0.5rem; padding: 1rem 1.25rem; }
  h2 { margin: 0 0 0.5rem; font-size: 1.2rem; }
  a { color: ${brand.color}; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.75rem; margin: 0 0 0.75rem; font-size: 0.9rem; }
  dt { color: #5b6478; }
  dd { margin: 0; }
  code { background: #f2f4f8; padding: 0 0.25rem; border-radius: 0.25rem; font-size: 0.9em; }
  pre { background: #f2f4f8; padding: 0.75rem 1rem; border-radius: 0.5rem; overflow-x: auto; }
  pre code { padding: 0; }
  nav.links { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.9rem; }
  table { border-collapse: collapse; } td, th { border: 1px solid #d5d9e2; padding: 0.25rem 0.5rem; }
`;

export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char],
  );
}

/** The bar at the top of every page; `home` is the relative link to the landing page. */
export function bar(home, here) {
  return `<header class="sf-bar"><a href="${home}">${brand.name}</a>${here ? `<span>${escapeHtml(here)}</span>` : ""}</header>`;
}

/** A complete branded page around `body` (HTML). */
export function page({ title, home, here, body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <style>${css}</style>
  </head>
  <body>
    ${bar(home, here)}
    <main>
${body}
    </main>
  </body>
</html>
`;
}
