import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DRIFT_SENTINEL, type DriftCase, type Drifted, driftCases, specOperations, startSpecServer } from "../drift.js";
import { loadBundledSpec, specDir } from "../spec.js";

const root = fileURLToPath(new URL("../../../..", import.meta.url));

/** Runs `pnpm contract <provider> ...args` (the script itself) with `env`; resolves with its exit code and output. */
export function runContract(
  provider: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "scripts", "contract.mjs"), provider, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * Registers the tests of `pnpm contract <provider>` against real servers on 127.0.0.1: a faithful one
 * (the spec's examples) passes; a drifting one (every kind of drift in the body of every read the workflows
 * run, except at the values a step hands on, and a 404 for the id the list gave) fails naming each drift
 * by pointer and rule, an extra field as
 * information only; the output and the recorded bodies never contain the token; writes run only with
 * `--allow-writes`; a missing token is a one-line error.
 */
export function describeContract(provider: string): void {
  const document = loadBundledSpec(specDir(provider));
  const variable = `${provider.toUpperCase().replace(/\W/g, "_")}_TOKEN`;
  const { workflows } = parse(readFileSync(join(specDir(provider), "contract.arazzo.yaml"), "utf8")) as {
    workflows: {
      "x-writes"?: boolean;
      steps: { operationId: string; outputs?: Record<string, string> }[];
    }[];
  };
  // A run without --allow-writes sends one request per step of the other workflows.
  const readSteps = workflows.filter((workflow) => workflow["x-writes"] !== true).flatMap(({ steps }) => steps);
  const stepped = new Set(readSteps.map((step) => step.operationId.split(".").pop()));
  // What a step hands the next ones (`$response.body#/data/0/id`): a drift there leaves them nothing to call with.
  const handedOn = new Set(
    readSteps.flatMap((step) => Object.values(step.outputs ?? {}).map((output) => output.split("#")[1] ?? "")),
  );
  const token = `${provider}_contract_token_8d31f0`;
  const reads = specOperations(document).filter(
    (operation) => operation.method === "GET" && operation.success && stepped.has(operation.operationId),
  );
  // The list's first id, read by the next step: the operation with a path parameter answers 404 for it.
  const byId = reads.find((operation) => Object.keys(operation.pathParameters).length > 0);
  const cases = reads
    .filter((operation) => operation !== byId)
    .flatMap((operation) => driftCases(document, operation))
    .filter((item) => !handedOn.has(item.pointer))
    // Applied together: one drift per place (where a body has fewer places than kinds).
    .filter(
      (item, index, all) =>
        all.findIndex((other) => other.operationId === item.operationId && other.pointer === item.pointer) === index,
    );
  const echoing = (item: DriftCase): DriftCase => ({
    ...item,
    apply: (body) => item.apply(body, `${DRIFT_SENTINEL} ${token}`),
  });
  let faithful: Awaited<ReturnType<typeof startSpecServer>>;
  let drifting: Awaited<ReturnType<typeof startSpecServer>>;
  const scratch = mkdtempSync(join(tmpdir(), "specfirst-contract-test-"));

  beforeAll(async () => {
    faithful = await startSpecServer(document);
    drifting = await startSpecServer(document, (operationId): Drifted | undefined =>
      operationId === byId?.operationId
        ? { status: 404, body: {} }
        : { cases: cases.filter((item) => item.operationId === operationId).map(echoing) },
    );
  });
  afterAll(async () => {
    await Promise.all([faithful.close(), drifting.close()]);
    rmSync(scratch, { recursive: true, force: true });
  });

  describe(`pnpm contract ${provider}`, () => {
    it("passes against a faithful server, and sends only reads", async () => {
      const { code, output } = await runContract(provider, ["--base-url", faithful.baseUrl], { [variable]: token });
      expect(output).toContain("No drift: every response matches the spec.");
      expect(code, output).toBe(0);
      expect(faithful.requests).toHaveLength(readSteps.length);
      expect(faithful.requests.every((request) => request.method === "GET")).toBe(true);
      expect(faithful.requests.every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
    });

    it("fails against a drifting server, naming each drift by JSON Pointer and rule", async () => {
      const record = join(scratch, "recorded");
      const { code, output } = await runContract(provider, ["--base-url", drifting.baseUrl, "--record", record], {
        [variable]: token,
      });
      expect(code, output).toBe(1);
      expect(cases.length).toBeGreaterThan(0);
      for (const item of cases) {
        const line = output.split("\n").find((text) => text.includes(`[${item.keyword} at ${item.pointer}]`));
        expect(line, `${item.operationId} ${item.kind} at ${item.pointer}\n${output}`).toBeDefined();
        // An extra field is information; everything else is a drift.
        expect(line?.trim().startsWith(item.severity === "info" ? "i " : "✗ ")).toBe(true);
      }
      if (byId) expect(output).toContain(`→ 404: the workflow expects $statusCode == 200 [successCriteria]`);
      expect(output).not.toContain(token);
      expect(output).not.toContain(DRIFT_SENTINEL);
      // The recorded bodies are candidate fixtures, with the token the server echoed redacted.
      const files = readdirSync(record);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(readFileSync(join(record, file), "utf8")).not.toContain(token);
    });

    it("reports which x-unverified facts the run confirmed or refuted", async () => {
      const { output } = await runContract(provider, ["--base-url", faithful.baseUrl], { [variable]: token });
      const facts = output.slice(output.indexOf("x-unverified facts:"));
      expect(facts).toMatch(/^\s+(confirmed|refuted|not checked)\s+\//m);
    });

    it("needs the token in the environment, never as an argument", async () => {
      const missing = await runContract(provider, ["--base-url", faithful.baseUrl], { [variable]: "" });
      expect(missing.code).toBe(1);
      expect(missing.output.trim()).toBe(
        `contract: set ${variable} to the API token (it is never read from the command line).`,
      );
      const unknown = await runContract(provider, ["--token", token], { [variable]: token });
      expect(unknown.code).toBe(1);
      expect(unknown.output).toContain("contract: Unknown option '--token'");
      expect(unknown.output).toContain("usage: pnpm contract <provider>");
    });

    if (workflows.some((workflow) => workflow["x-writes"] === true))
      it("runs the workflows marked x-writes only with --allow-writes", async () => {
        const before = faithful.requests.length;
        await runContract(provider, ["--base-url", faithful.baseUrl], { [variable]: token });
        expect(faithful.requests.slice(before).some((request) => request.method !== "GET")).toBe(false);
        const { code, output } = await runContract(provider, ["--base-url", faithful.baseUrl, "--allow-writes"], {
          [variable]: token,
        });
        expect(code, output).toBe(0);
        expect(faithful.requests.slice(before).some((request) => request.method !== "GET")).toBe(true);
      });
  });
}
