// The workspace's providers: every spec package under specs/ paired with the client package in
// packages/ generated from it (the one that depends on the spec package). spec:diff and the docs site
// both start from this list, so a new provider shows up in each without being named anywhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/**
 * `{ slug, specDir, specPackage, client }` per spec folder of `root` (the repository), sorted by slug:
 * `specDir` is relative to `root` (`specs/polar`); `client` is `{ dir, manifest }` (`dir` absolute), or
 * undefined when no package depends on the spec yet.
 */
export function workspaceProviders(root) {
  const clients = readdirSync(join(root, "packages"))
    .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
    .map((dir) => ({
      dir: join(root, "packages", dir),
      manifest: readJson(join(root, "packages", dir, "package.json")),
    }));
  return readdirSync(join(root, "specs"))
    .filter((slug) => existsSync(join(root, "specs", slug, "package.json")))
    .sort()
    .map((slug) => {
      const specPackage = readJson(join(root, "specs", slug, "package.json")).name;
      const client = clients.find(
        ({ manifest }) => specPackage in { ...manifest.dependencies, ...manifest.devDependencies },
      );
      return { slug, specDir: `specs/${slug}`, specPackage, client };
    });
}

/**
 * The name of the client's factory, as the client's entry point exports it
 * (`export function createPolarClient(` → `"createPolarClient"`), or undefined when it exports none.
 */
export function clientFactory(client) {
  const source = readFileSync(join(client.dir, "src", "index.ts"), "utf8");
  return source.match(/^export function (create\w+Client)\(/m)?.[1];
}
