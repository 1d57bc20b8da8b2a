#!/usr/bin/env node
import { join } from "node:path";
// Bundles a minimal "list orders" program per provider package with esbuild (minified ESM for the
// browser, as a user's bundler would) and prints its minified and gzip sizes in bytes.
// Run after `pnpm build`: it bundles the packages' dist/, openapi-fetch included.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const calls = {
  novaproxy: ["createNovaProxyClient", '"/orders"'],
  vpsbg: ["createVpsbgClient", '"/orders"'],
  polar: ["createPolarClient", '"/v1/users/orders/"'],
};

const rows = [];
for (const [provider, [factory, path]] of Object.entries(calls)) {
  const result = await build({
    stdin: {
      contents: `import { ${factory} } from "@specfirst/${provider}";
const client = ${factory}({ token: "t" });
const { data } = await client.GET(${path});
console.log(data);`,
      // Resolve the package by name from inside itself (package self-reference through "exports").
      resolveDir: join(import.meta.dirname, "..", "packages", provider),
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  const code = result.outputFiles[0].contents;
  rows.push({ provider, "min (B)": code.byteLength, "gzip (B)": gzipSync(code, { level: 9 }).byteLength });
}
console.table(rows);
