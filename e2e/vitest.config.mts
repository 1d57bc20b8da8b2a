import { defineConfig } from "vitest/config";

// Both projects run real package managers, Turbo, Redocly and tsc in copies of the workspace: minutes,
// not milliseconds.
export default defineConfig({
  test: {
    hookTimeout: 5 * 60_000,
    testTimeout: 3 * 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "install",
          include: ["test/install/**/*.test.ts"],
          globalSetup: ["./test/install/global-setup.ts"],
        },
      },
      { extends: true, test: { name: "workflow", include: ["test/workflow/**/*.test.ts"] } },
    ],
  },
});
