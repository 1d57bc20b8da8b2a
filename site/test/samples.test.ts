import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { operations } from "@specfirst/openapi-model";
import { loadBundledSpec, specDir } from "@specfirst/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeSample, curlSample } from "../../scripts/code-samples.mjs";
import { clientFactory, workspaceProviders } from "../../scripts/providers.mjs";
import { mockPath } from "../mock-path.mjs";
import { startSiteServer } from "../serve.mjs";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");

/** Every operation of every provider with the samples the reference shows for it. */
const samples = workspaceProviders(root).flatMap(({ slug, client }) => {
  if (!client) return [];
  const document = loadBundledSpec(specDir(slug));
  const provider = { slug, client: client.manifest.name, factory: clientFactory(client) };
  return operations(document).map((operation) => ({
    slug,
    prefix: slug.replace(/-/g, "_").toUpperCase(),
    mock: mockPath(slug, document),
    method: operation.method,
    path: operation.path,
    operationId: operation.operationId as string,
    // Whether its first success status has a JSON body (a 204 has none).
    json: Object.entries(operation.responses).some(
      ([status, response]) => /^2/.test(status) && response.content !== undefined,
    ),
    typescript: codeSample(document, provider, operation),
    curl: curlSample(document, provider, operation),
  }));
});

describe("the reference's code samples", () => {
  it("every TypeScript sample type-checks against its client, strict and with exactOptionalPropertyTypes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "specfirst-samples-"));
    try {
      // The samples import the client packages as an app would: from the site's node_modules.
      symlinkSync(join(import.meta.dirname, "..", "node_modules"), join(dir, "node_modules"), "dir");
      const files = samples.map(({ slug, operationId, typescript }) => {
        const file = `${slug}.${operationId}.mts`;
        writeFileSync(join(dir, file), typescript);
        return file;
      });
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            target: "es2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            types: ["node"],
            noEmit: true,
            skipLibCheck: false,
          },
          files,
        }),
      );
      const tsc = join(dir, "node_modules", "typescript", "bin", "tsc");
      const result = await run(process.execPath, [tsc, "-p", dir], { cwd: dir }).catch((error) => error);
      expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("every curl sample runs against the mock that pnpm docs:serve serves", () => {
    let server: Awaited<ReturnType<typeof startSiteServer>>;
    beforeAll(async () => {
      server = await startSiteServer();
    });
    afterAll(() => server?.close());

    for (const sample of samples) {
      it(`${sample.slug} ${sample.operationId}: exit 0, the mock's body, the request the sample says`, async () => {
        const token = `${sample.slug}_curl_token`;
        const before = server.mockRequests.length;
        const { stdout } = await run("sh", ["-c", sample.curl], {
          env: {
            ...process.env,
            [`${sample.prefix}_API_URL`]: `${server.url}/${sample.mock}`,
            [`${sample.prefix}_TOKEN`]: token,
          },
        });
        if (sample.json) expect(() => JSON.parse(stdout)).not.toThrow();
        else expect(stdout).toBe("");
        const [request, ...more] = server.mockRequests.slice(before);
        expect(more).toEqual([]);
        expect(request?.method).toBe(sample.method.toUpperCase());
        expect(request?.authorization).toBe(`Bearer ${token}`);
        const template = new RegExp(`^/${sample.mock}${sample.path.replace(/\{[^}]+\}/g, "[^/?]+")}(\\?|$)`);
        expect(request?.url).toMatch(template);
      });
    }
  });
});
