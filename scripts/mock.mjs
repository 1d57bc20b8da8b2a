#!/usr/bin/env node
// pnpm mock <provider> [--port <n>] [--host <address>]: builds that client and its mocks if needed and
// serves them with specfirst-mock (packages/mock) from the client's folder, where it finds them.
import { execFileSync, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fail, parseCommandLine } from "./cli.mjs";
import { workspaceProviders } from "./providers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const providers = workspaceProviders(root).filter(({ client }) => client);
const usage = `usage: pnpm mock <provider> [--port <n>] [--host <address>]

Serves the client's mocks on 127.0.0.1 (port 4010 by default), logging each request.
  <provider>  one of: ${providers.map(({ slug }) => slug).join(", ")}`;

const { values, positionals } = parseCommandLine("mock", usage, {
  allowPositionals: true,
  options: { port: { type: "string" }, host: { type: "string" } },
});
const [slug, ...extra] = positionals;
const provider = providers.find((candidate) => candidate.slug === slug);
if (!provider || extra.length > 0)
  fail("mock", `${slug ? `"${slug}" is not a provider of this workspace` : "name a provider"}.\n\n${usage}`);
const name = provider.client.manifest.name;
execFileSync(
  "pnpm",
  ["turbo", "run", "build", `--filter=${name}`, "--filter=@specfirst/mock", "--output-logs=errors-only"],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  },
);
const options = Object.entries(values).flatMap(([option, value]) =>
  value === undefined ? [] : [`--${option}`, value],
);
const server = spawn(process.execPath, [`${root}/packages/mock/dist/cli.mjs`, slug, ...options], {
  cwd: provider.client.dir,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
