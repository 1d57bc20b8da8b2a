import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Citations of files a reader of a published artifact (a package, the site) cannot open: the
 * maintainers' notes beside the repository (providers.md and its § sections, the captured seed pages,
 * the design notes) and paths on a maintainer's machine. Facts cite the provider's page by URL or a
 * public repository at a commit instead.
 */
const OUTSIDE_FILES =
  /\b(?:providers|DESIGN|anchors|toolchain)\.md\b|\bseeds\/|\bseed `?\d{3}_|\d{3}_[0-9a-f]{16}\.txt|\/work\/|\.\.\/shared\//g;

/** Text files, by extension, that an artifact carries and a reader sees. */
const TEXT = /\.(?:[cm]?js|d\.[cm]?ts|ts|json|ya?ml|md|html|txt)$/;

/** Every file under `path` (or `path` itself), skipping what is not text. */
function textFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => textFiles(join(path, name)));
}

/**
 * Where the files and folders in `paths` cite a file outside the repository, as `file:line: text`
 * (the file relative to `base`); empty when none does.
 */
export function outsideReferences(paths: string[], base: string): string[] {
  return paths.flatMap(textFiles).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) =>
        [...line.matchAll(OUTSIDE_FILES)].map((match) => `${relative(base, file)}:${index + 1}: ${match[0]}`),
      ),
  );
}

/** The files `npm pack` puts in the package at `dir`: its package.json and what `files` lists. */
export function publishedFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { files?: string[] };
  return [join(dir, "package.json"), ...(manifest.files ?? []).map((entry) => join(dir, entry))];
}
