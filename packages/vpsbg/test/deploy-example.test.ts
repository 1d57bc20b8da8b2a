import { readFileSync } from "node:fs";
import { captureConsoleLog, typeScriptBlocks } from "@specfirst/testkit";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { handlers, http } from "../src/generated/mock.js";

const packageDir = new URL("..", import.meta.url);
const server = setupServer(...handlers);
const sent: string[] = [];
beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  server.events.on("request:start", ({ request }) => {
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
  });
});
afterEach(() => {
  server.resetHandlers();
  sent.length = 0;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});
afterAll(() => server.close());

// The example as a user runs it: a fresh module (top-level await) against the package's own mocks.
const run = () => {
  vi.stubEnv("VPSBG_TOKEN", "vpsbg-write-key");
  return captureConsoleLog(() => import("../examples/deploy.js"));
};

describe("README: deploy a server, poll its status until it runs, print its IP", () => {
  it("README.md shows examples/deploy.ts verbatim", () => {
    const source = readFileSync(new URL("examples/deploy.ts", packageDir), "utf8");
    expect(typeScriptBlocks(new URL("README.md", packageDir).pathname)).toContain(source);
  });

  it("deploys once, reads the server's status and prints its hostname and IP (the mocks' examples)", async () => {
    expect(await run()).toEqual(["ubuntu-2gb (2887) is running at 87.120.37.9"]);
    expect(sent).toEqual(["POST /v1/servers", "GET /v1/servers/2887/status", "GET /v1/servers/2887"]);
  });

  it("polls again while the server is not running yet", async () => {
    // The example waits 10 s between polls; here the wait is skipped, every other timer kept.
    const wait = globalThis.setTimeout;
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((callback: () => void, ms?: number) =>
      wait(callback, ms === 10_000 ? 0 : ms)) as typeof setTimeout);
    server.use(
      http.get(
        "/servers/{id}/status",
        ({ response }) =>
          response(200).json({ running: false, suspended: false, network_suspended: false, rescue_mode: false }),
        { once: true },
      ),
    );
    expect(await run()).toEqual(["ubuntu-2gb (2887) is running at 87.120.37.9"]);
    expect(sent.filter((call) => call === "GET /v1/servers/2887/status")).toHaveLength(2);
  });

  it("never resends the purchase after a server error", async () => {
    server.use(http.post("/servers", ({ response }) => response(500).empty()));
    await expect(run()).rejects.toMatchObject({ status: 500 });
    expect(sent).toEqual(["POST /v1/servers"]);
  });
});
