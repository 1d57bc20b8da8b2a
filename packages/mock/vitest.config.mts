import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README example imports the package by its published name; point that name at the source.
// Tests time real servers and property runs: their limit is sized for a loaded 2-core machine.
export default defineConfig({
  test: { testTimeout: 30_000 },
  resolve: { alias: { "@specfirst/mock": fileURLToPath(new URL("src/index.ts", import.meta.url)) } },
});
