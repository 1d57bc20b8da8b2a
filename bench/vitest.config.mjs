import { defineConfig } from "vitest/config";

// The suites run real servers, clients and tsc: seconds per test, not milliseconds.
export default defineConfig({ test: { testTimeout: 120_000 } });
