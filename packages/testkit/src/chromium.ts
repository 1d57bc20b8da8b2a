import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/**
 * A system Chromium, never a downloaded browser: `CHROMIUM_PATH`, else `chromium` on PATH (Debian's
 * package). Throws one line saying what to install when there is none.
 */
export function chromiumPath(): string {
  const missing = "Chromium not found: install Debian's (`apt-get install -y chromium`) or set CHROMIUM_PATH";
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`${missing} (CHROMIUM_PATH=${configured} does not exist)`);
    return configured;
  }
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(missing);
  }
}

/** A headless Chromium with a fresh profile in the OS temp folder; `close()` also removes the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium (playwright-core) with a fresh profile, without a sandbox (CI runs as
 * root) and with none of Chromium's own traffic (updates, sync, background networking), which a closed
 * network refuses and which would reach outside 127.0.0.1.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), "specfirst-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      timeout: 60_000,
      ...options,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
