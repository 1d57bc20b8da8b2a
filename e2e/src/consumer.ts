import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.js";

/** The package managers the install test uses, each the way its users install a package. */
export type PackageManager = "npm" | "pnpm";

/**
 * A Node.js to install and run with. Its `bin` folder goes first on PATH, so the package manager and
 * tsc run on it too, not only the consumer's scripts.
 */
export interface Runtime {
  /** Folder of the `node` binary. */
  binDir: string;
  /** What `process.version` prints on it, e.g. `v24.21.0`. */
  version: string;
}

/** The dev tools a TypeScript user adds next to the client, at the versions this workspace pins. */
export const typeScriptTools = ["typescript@5.9.3", "@types/node@20.19.43"];

const minute = 60_000;

/** What every consumer tsconfig checks with: strict, exact optional properties, and the packages' own declarations. */
export const strictCompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  noEmit: true,
  target: "es2022",
  lib: ["es2022"],
  types: ["node"],
};

/**
 * tsconfigs of the consumer project: NodeNext checks the program as ESM (usage.mts, the `import`
 * condition's types) and as CommonJS (usage.cts, the `require` condition's types); Bundler checks usage.ts.
 */
const tsconfigs = {
  "tsconfig.nodenext.json": {
    compilerOptions: { ...strictCompilerOptions, module: "nodenext", moduleResolution: "nodenext" },
    files: ["usage.mts", "usage.cts"],
  },
  "tsconfig.bundler.json": {
    compilerOptions: { ...strictCompilerOptions, module: "preserve", moduleResolution: "bundler" },
    files: ["usage.ts"],
  },
};

/** The runtime contract's programs (consumers/runtime/), copied into every consumer project. */
const runtimePrograms = fileURLToPath(new URL("../consumers/runtime", import.meta.url));

export interface ConsumerOptions {
  /** An empty folder for the project. */
  dir: string;
  packageManager: PackageManager;
  runtime: Runtime;
  /** URL of the registry holding `@specfirst/*`; everything else comes from the usual registry. */
  registryUrl: string;
  /** Caches and store for this test run only, so no earlier run's package metadata is reused. */
  cacheDir: string;
  /**
   * Folder with a provider's programs to copy in: call.mjs, call.cjs and usage.ts (and the tsconfigs that
   * check usage.ts). A project without one gets only the runtime contract's programs.
   */
  programs?: string;
}

/** A fresh project outside the workspace, as a user of the published packages has. */
export interface Consumer {
  dir: string;
  /** `npm install <specs…>` or `pnpm add <specs…>` (with `--save-dev` when `dev`). */
  install(specs: string[], options?: { dev?: boolean }): Promise<void>;
  /** Runs `node <script>` and parses the last line it printed as JSON. */
  runScript(script: string, env: Record<string, string>): Promise<unknown>;
  /**
   * Runs an installed tsc (`compiler` is the folder in node_modules: `typescript`, or an alias such as
   * `typescript-minimum`) on one of the project's tsconfigs; rejects with tsc's diagnostics.
   */
  typecheck(tsconfig: string, compiler?: string): Promise<void>;
  /** Writes a file of the project (folders are created). */
  write(file: string, text: string): void;
}

export function createConsumer(options: ConsumerOptions): Consumer {
  const { dir, packageManager, runtime } = options;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "specfirst-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  writeFileSync(join(dir, ".npmrc"), `@specfirst:registry=${options.registryUrl}\n`);
  for (const program of readdirSync(runtimePrograms)) copyFileSync(join(runtimePrograms, program), join(dir, program));
  if (options.programs) {
    for (const [name, config] of Object.entries(tsconfigs)) {
      writeFileSync(join(dir, name), `${JSON.stringify(config, null, 2)}\n`);
    }
    for (const script of ["call.mjs", "call.cjs"]) copyFileSync(join(options.programs, script), join(dir, script));
    for (const usage of ["usage.mts", "usage.cts", "usage.ts"]) {
      copyFileSync(join(options.programs, "usage.ts"), join(dir, usage));
    }
  }

  // A user's shell: no package-manager settings inherited from the workspace that runs this test.
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.keys(process.env)
      .filter((name) => /^(npm|pnpm)_/i.test(name))
      .map((name) => [name, undefined]),
  );
  Object.assign(env, {
    PATH: `${runtime.binDir}${delimiter}${process.env.PATH}`,
    npm_config_cache: join(options.cacheDir, "npm"),
    npm_config_store_dir: join(options.cacheDir, "pnpm-store"),
    npm_config_cache_dir: join(options.cacheDir, "pnpm-cache"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  });
  const inProject = (command: string, args: string[], extra: Record<string, string> = {}) =>
    run(command, args, { cwd: dir, env: { ...env, ...extra }, timeoutMs: 2 * minute });

  return {
    dir,
    async install(specs, { dev = false } = {}) {
      const flags = dev ? ["--save-dev"] : [];
      if (packageManager === "npm") await inProject("npm", ["install", ...flags, ...specs]);
      else await inProject("pnpm", ["add", ...flags, ...specs]);
    },
    async runScript(script, extra) {
      const stdout = await inProject("node", [script], extra);
      const last = stdout.trimEnd().split("\n").at(-1) ?? "";
      try {
        return JSON.parse(last);
      } catch {
        throw new Error(`node ${script} printed no JSON result:\n${stdout}`);
      }
    },
    async typecheck(tsconfig, compiler = "typescript") {
      await inProject("node", [join("node_modules", compiler, "bin", "tsc"), "-p", tsconfig]);
    },
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
  };
}
