import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort, type ServerProcess, startServerProcess } from "./server-process.js";

/** A self-hosted Turborepo remote cache (turborepo-remote-cache) on 127.0.0.1, storing artifacts in a folder. */
export interface RemoteCache extends ServerProcess {
  /** What Turbo needs to use it: TURBO_API, TURBO_TOKEN, TURBO_TEAM. */
  env: { TURBO_API: string; TURBO_TOKEN: string; TURBO_TEAM: string };
}

export async function startRemoteCache(storage: string): Promise<RemoteCache> {
  const port = await freePort();
  const token = "e2e-remote-cache-token";
  const api = `http://127.0.0.1:${port}`;
  // The package's `exports` do not list its CLI; find it from the manifest's `bin`.
  const manifest = createRequire(import.meta.url).resolve("turborepo-remote-cache/package.json");
  const script = join(dirname(manifest), "dist", "cli.js");
  const server = await startServerProcess(
    "turborepo-remote-cache",
    script,
    [],
    {
      HOST: "127.0.0.1",
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storage,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      LOG_LEVEL: "warn",
      // Makes the server keep each artifact's signature tag (x-artifact-tag) and serve it back; Turbo
      // signs and verifies with its own key. Without it, signed artifacts are never served.
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: "store-artifact-tags",
    },
    `${api}/v8/artifacts/status`,
  );
  return { ...server, env: { TURBO_API: api, TURBO_TOKEN: token, TURBO_TEAM: "specfirst" } };
}
