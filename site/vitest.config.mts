import { defineConfig } from "vitest/config";

// Drives Chromium through whole pages: seconds per test, not milliseconds.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
