import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Responder, startTestServer, type TestServer } from "./server.js";

/**
 * A {@link TestServer} for the enclosing test file or `describe` block: started before its tests,
 * closed after them, and with its recorded requests cleared before each test. The handle can be
 * used as soon as the hooks have run (inside tests and `beforeEach`).
 */
export function useTestServer(responder?: Responder): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(responder);
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    live().requests.length = 0;
  });

  function live(): TestServer {
    if (!server) throw new Error("useTestServer(): the server starts in beforeAll; use it inside tests.");
    return server;
  }
  return {
    get url() {
      return live().url;
    },
    get requests() {
      return live().requests;
    },
    respondWith: (next) => live().respondWith(next),
    close: () => live().close(),
  };
}
