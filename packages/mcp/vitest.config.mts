import { defineConfig } from "vitest/config";

// Tests spawn the built bin and real servers on 127.0.0.1: their limit is sized for a loaded 2-core machine.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });
