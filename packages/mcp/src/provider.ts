import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { OpenApiDocument } from "./schema.js";

/** An installed `@specfirst/<provider>` client package: its bundled spec and its client factory. */
export interface Provider {
  /** `polar`: the package name without `@specfirst/`. */
  slug: string;
  /** `@specfirst/polar`. */
  packageName: string;
  version: string;
  document: OpenApiDocument;
  /** The package's `create…Client` function. */
  createClient: (options: Record<string, unknown>) => Record<string, unknown>;
  /** The package's `unwrap`: a failed result's error, thrown. */
  unwrap: (result: never) => unknown;
}

/** A clear startup error: the CLI prints its message alone, without a stack. */
export class StartupError extends Error {
  override name = "StartupError";
}

/**
 * Loads `@specfirst/<slug>` as resolved from the first of `from` (files or file URLs, as
 * `createRequire` takes them) that finds it: the CLI looks in the project of its working directory,
 * then beside itself (where `npx -p @specfirst/mcp -p @specfirst/polar` installs both).
 * @throws StartupError when the name is not a provider's, the package is not installed, or it exports no client factory.
 */
export async function loadProvider(
  slug: string,
  from: string[] = [join(process.cwd(), "package.json")],
): Promise<Provider> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) {
    throw new StartupError(
      `"${slug}" is not a provider name: use the client package's name without @specfirst/, e.g. polar.`,
    );
  }
  const packageName = `@specfirst/${slug}`;
  const resolve = (request: string): string => {
    for (const base of from) {
      try {
        return createRequire(base).resolve(request);
      } catch {}
    }
    throw new StartupError(
      `${packageName} is not installed here. Install it (npm install ${packageName}) or run: npx -p @specfirst/mcp -p ${packageName} specfirst-mcp ${slug}`,
    );
  };
  const entry = resolve(packageName);
  const manifest = JSON.parse(readFileSync(resolve(`${packageName}/package.json`), "utf8")) as { version: string };
  const document = JSON.parse(readFileSync(resolve(`${packageName}/openapi.json`), "utf8")) as OpenApiDocument;
  const exports = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const factory = Object.entries(exports).find(
    ([name, value]) => /^create\w+Client$/.test(name) && name !== "createApiClient" && typeof value === "function",
  );
  if (!factory)
    throw new StartupError(`${packageName} exports no create…Client function: is it a @specfirst API client?`);
  return {
    slug,
    packageName,
    version: manifest.version,
    document,
    createClient: factory[1] as Provider["createClient"],
    unwrap: exports.unwrap as Provider["unwrap"],
  };
}
