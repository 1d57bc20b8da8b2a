import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/**
 * The Chromium the browser tests drive, never one downloaded at test time: `CHROMIUM_PATH`, else a
 * `chromium` on PATH (Debian's package), else the one the `@sparticuz/chromium` npm package carries
 * inside it (Linux x64 and arm64; unpacked into the OS temp folder on first use, about 15 s). Rejects
 * with one line saying what to install when there is none.
 */
export async function chromiumPath(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`Chromium not found: CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8", stdio: "pipe" }).trim();
  } catch {}
  if (process.platform === "linux" && (process.arch === "x64" || process.arch === "arm64")) return packagedChromium();
  throw new Error(
    `Chromium not found: no chromium on PATH, and @sparticuz/chromium ships none for ${process.platform}-${process.arch}; install Chromium and set CHROMIUM_PATH to its binary`,
  );
}

/**
 * The binary of `@sparticuz/chromium`, unpacked once per version into the OS temp folder. It unpacks
 * into `os.tmpdir()` itself, so it is pointed at a folder of this process's own, which is then renamed
 * into place in one step: test processes that start together never run a half-written binary.
 */
async function packagedChromium(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const { version } = JSON.parse(readFileSync(join(dirname(entry), "..", "..", "package.json"), "utf8"));
  const home = join(tmpdir(), `specfirst-chromium-${version}`);
  const binary = join(home, "chromium");
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(join(tmpdir(), "specfirst-chromium-unpack-"));
  const previous = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const { default: packaged } = await import("@sparticuz/chromium");
    await packaged.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  try {
    renameSync(staging, home);
  } catch {
    // Another process put the same version in place first.
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
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
      executablePath: await chromiumPath(),
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
