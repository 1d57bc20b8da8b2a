import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The README example imports the package by its published name; point that name at the source.
export default defineConfig({
  resolve: { alias: { "@specfirst/__slug__": fileURLToPath(new URL("src/index.ts", import.meta.url)) } },
});
