import { join } from "node:path";
import { build, type Metafile } from "esbuild";

/**
 * `entry` of the consumer project in `dir` bundled by esbuild as a browser app would be: one ES2022
 * module, in memory. Resolves with its code and esbuild's metafile (which inputs went in).
 */
export async function bundleForBrowser(dir: string, entry: string): Promise<{ code: string; metafile: Metafile }> {
  const bundled = await build({
    entryPoints: [join(dir, entry)],
    absWorkingDir: dir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: bundled.outputFiles[0]?.text ?? "", metafile: bundled.metafile };
}
