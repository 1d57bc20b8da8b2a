import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README examples import the package by its published names; point them at the source.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// Tests time real servers and property runs: their limit is sized for a loaded 2-core machine.
export default defineConfig({
  test: { testTimeout: 30_000 },
  resolve: {
    alias: [
      { find: /^@specfirst\/novaproxy$/, replacement: source("src/index.ts") },
      { find: /^@specfirst\/novaproxy\/mock$/, replacement: source("src/generated/mock.ts") },
      { find: /^@specfirst\/novaproxy\/validate$/, replacement: source("src/generated/validate.ts") },
      { find: /^@specfirst\/novaproxy\/openapi\.json$/, replacement: source("openapi.json") },
    ],
  },
});
