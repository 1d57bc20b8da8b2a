import { defineConfig } from "vitest/config";

// Installs from a registry and runs real package managers and tsc: minutes, not milliseconds.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    hookTimeout: 5 * 60_000,
    testTimeout: 2 * 60_000,
  },
});
