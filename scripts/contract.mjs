#!/usr/bin/env node
// pnpm contract <provider> [--base-url <url>] [--allow-writes] [--record <dir>]: runs the provider's
// contract (specs/<provider>/contract.arazzo.yaml) against a live API and reports where the API and the
// spec disagree. The token comes from <PROVIDER>_TOKEN, never from the command line.
//
// The workflows are run by `redocly respect`, which sends the requests and checks each step's success
// criteria. Its own schema check is off: its Ajv cannot compile a nested discriminated union (Polar's
// ProductPrice), it stops a workflow at the first failure, and it reports no JSON Pointers. Instead
// each response respect recorded (-J) is replayed through the provider's client with its `/validate`
// validators, so the report lists exactly the drifts an app's `onDrift` would see.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fromPointer, unverifiedNodes } from "@specfirst/openapi-model";
import { parse } from "yaml";
import { fail, parseCommandLine } from "./cli.mjs";
import { clientFactory, workspaceProviders } from "./providers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const providers = workspaceProviders(root).filter(({ client }) => client);
const usage = `usage: pnpm contract <provider> [--base-url <url>] [--allow-writes] [--record <dir>]

Runs specs/<provider>/contract.arazzo.yaml against the live API with redocly respect, validates every
response against the spec and reports each drift; exits 1 when there is one.
  <provider>        one of: ${providers.map(({ slug }) => slug).join(", ")}
  --base-url <url>  the API to call (default: the spec's first server)
  --allow-writes    also run the workflows marked x-writes (only those the workflow says are safe)
  --record <dir>    save each response body, secrets redacted, as <dir>/<operationId>.<status>.json
The token is read from <PROVIDER>_TOKEN (POLAR_TOKEN, VPSBG_TOKEN, …), never from an argument.`;

const { values, positionals } = parseCommandLine("contract", usage, {
  allowPositionals: true,
  options: {
    "base-url": { type: "string" },
    "allow-writes": { type: "boolean", default: false },
    record: { type: "string" },
  },
});
const [slug, ...extra] = positionals;
const provider = providers.find((candidate) => candidate.slug === slug);
if (!provider || extra.length > 0)
  fail("contract", `${slug ? `"${slug}" is not a provider of this workspace` : "name a provider"}.\n\n${usage}`);

const tokenVariable = `${slug.toUpperCase().replace(/\W/g, "_")}_TOKEN`;
const token = process.env[tokenVariable];
if (!token) fail("contract", `set ${tokenVariable} to the API token (it is never read from the command line).`);

const specDir = join(root, provider.specDir);
const workflowFile = join(specDir, "contract.arazzo.yaml");
const document = JSON.parse(readFileSync(join(specDir, "dist", "openapi.json"), "utf8"));
const arazzo = parse(readFileSync(workflowFile, "utf8"));
const source = arazzo.sourceDescriptions?.[0]?.name;
const baseUrl = (values["base-url"] ?? document.servers?.[0]?.url)?.replace(/\/+$/, "");
try {
  new URL(baseUrl);
} catch {
  fail(
    "contract",
    `--base-url must be an absolute http(s) URL, such as ${document.servers?.[0]?.url}; got ${baseUrl}.`,
  );
}

const writes = arazzo.workflows.filter((workflow) => workflow["x-writes"]);
const workflows = arazzo.workflows.filter((workflow) => values["allow-writes"] || !workflow["x-writes"]);
const stepOperation = Object.fromEntries(
  workflows.flatMap((workflow) =>
    workflow.steps.map((step) => [`${workflow.workflowId}/${step.stepId}`, step.operationId.split(".").pop()]),
  ),
);

const scratch = mkdtempSync(join(tmpdir(), "specfirst-contract-"));
let executed;
try {
  const output = join(scratch, "respect.json");
  const run = spawnSync(
    join(root, "node_modules", ".bin", "redocly"),
    [
      "respect",
      workflowFile,
      "--server",
      `${source}=${baseUrl}`,
      "--json-output",
      output,
      ...workflows.flatMap((workflow) => ["--workflow", workflow.workflowId]),
      // Every check a warning, so that every step runs and the report lists every difference.
      "--severity",
      "SCHEMA_CHECK=off,SUCCESS_CRITERIA_CHECK=warn,STATUS_CODE_CHECK=warn,CONTENT_TYPE_CHECK=warn",
    ],
    {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  try {
    executed = JSON.parse(readFileSync(output, "utf8"));
  } catch {
    fail("contract", `redocly respect did not run the workflows:\n${redact(`${run.stdout}\n${run.stderr}`).trim()}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// The client and its validators, as published (built by `pnpm build`).
const clientDir = provider.client.dir;
const client = await import(pathToFileURL(join(clientDir, "dist", "index.mjs")).href);
const validate = await import(pathToFileURL(join(clientDir, "dist", "validate.mjs")).href);
const createClient = client[clientFactory(provider.client)];

const steps = Object.values(executed.files)
  .flatMap((file) => file.executedWorkflows)
  .flatMap((workflow) => workflow.executedSteps.map((step) => ({ ...step, workflowId: workflow.workflowId })));
const rows = [];
const drifts = [];
const statuses = {};
for (const step of steps) {
  const operationId = stepOperation[`${step.workflowId}/${step.stepId}`];
  const operation = validate[operationId];
  const status = step.response?.statusCode;
  if (!operation || status === undefined) {
    rows.push({ step: step.stepId, operation: operationId, status: "no response", drifts: 1 });
    drifts.push({
      operationId,
      status: 0,
      pointer: "",
      keyword: "response",
      severity: "error",
      message: `${operationId}: no response (${redact(JSON.stringify(step.checks?.find((check) => !check.passed)?.message ?? "the request failed"))})`,
    });
    continue;
  }
  statuses[operationId] = [...(statuses[operationId] ?? []), status];
  const found = await replay(operation, step);
  for (const check of step.checks ?? [])
    if (check.name === "success criteria check" && !check.passed)
      found.push({
        operationId,
        status,
        pointer: "",
        keyword: "successCriteria",
        severity: "error",
        expected: check.condition,
        message: `${operation.operation} → ${status}: the workflow expects ${check.condition}`,
      });
  rows.push({ step: step.stepId, operation: operation.operation, status, drifts: found.length });
  drifts.push(...found);
  if (values.record) record(values.record, operationId, status, step.response.body);
}

// A step respect did not run: an earlier step gave it nothing to run with (a list without items).
const ran = new Set(steps.map((step) => `${step.workflowId}/${step.stepId}`));
for (const [key, operationId] of Object.entries(stepOperation))
  if (!ran.has(key))
    rows.push({ step: key.split("/")[1], operation: validate[operationId]?.operation, status: "not run", drifts: 0 });

const facts = unverifiedFacts(document, { statuses, drifts, baseUrl });
console.log(
  `Contract of ${document.info.title} against ${baseUrl} (${workflows.map((w) => w.workflowId).join(", ")}):`,
);
console.table(rows);
if (writes.length > 0 && !values["allow-writes"])
  console.log(`Not run (writes; pass --allow-writes): ${writes.map((workflow) => workflow.workflowId).join(", ")}`);
const errors = drifts.filter((drift) => drift.severity === "error");
if (drifts.length === 0) console.log("No drift: every response matches the spec.");
else {
  console.log(`${errors.length} drift(s), ${drifts.length - errors.length} information:`);
  for (const drift of drifts)
    console.log(
      `  ${drift.severity === "error" ? "✗" : "i"} ${drift.message} [${drift.keyword}${drift.pointer ? ` at ${drift.pointer}` : ""}]`,
    );
}
if (facts.length > 0) {
  console.log("x-unverified facts:");
  for (const fact of facts) console.log(`  ${fact.verdict.padEnd(13)} ${fact.where}: ${fact.reason}`);
}
if (values.record)
  console.log(
    `Response bodies saved in ${values.record} (secrets redacted): review them before adding any to the spec's examples.`,
  );
process.exit(errors.length > 0 ? 1 : 0);

/** The drifts of one recorded response, as the provider's client with `validate` reports them. */
async function replay(operation, step) {
  const [method, template] = operation.operation.split(" ");
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const pattern = new RegExp(
    `${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "([^/?]+)")}(?:\\?|$)`,
  );
  const values = new URL(step.request.url).pathname.match(pattern)?.slice(1) ?? [];
  const path = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(values[index] ?? "x")]));
  const body = step.response.body;
  const found = [];
  const replayClient = createClient({
    baseUrl,
    maxRetries: 0,
    validate: validate.validators,
    onDrift: (drift) => found.push(drift),
    // Every drift of every response, not once per place: a new client per response.
    fetch: async () =>
      new Response(body === undefined || body === "" ? null : typeof body === "string" ? body : JSON.stringify(body), {
        status: step.response.statusCode,
        headers: { "content-type": "application/json" },
      }),
  });
  await replayClient[method](template, { params: { path } });
  return found;
}

/** `text` without the token (respect masks it already; this covers a server that echoes it). */
function redact(text) {
  return text.split(token).join("[REDACTED]");
}

function record(dir, operationId, status, body) {
  if (body === undefined || body === "") return;
  mkdirSync(dir, { recursive: true });
  const text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
  writeFileSync(join(dir, `${operationId}.${status}.json`), `${redact(text)}\n`);
}

/**
 * The spec's `x-unverified` facts this run could check, each confirmed or refuted: the server (did it
 * answer), a security scheme (was the token accepted), a response example (did a response of that
 * status match the spec). Others (a docs link, the validation error format) are listed as not checked.
 */
function unverifiedFacts(spec, { statuses, drifts, baseUrl: calledUrl }) {
  const answered = Object.values(statuses).flat();
  const judge = (pointer, node) => {
    const server = pointer.match(/^\/servers\/\d+$/);
    if (server) {
      if (node.url.replace(/\/+$/, "") !== calledUrl)
        return { where: pointer, verdict: "not checked", reason: `${node.url} was not called (--base-url)` };
      return answered.length > 0
        ? { where: pointer, verdict: "confirmed", reason: `${node.url} answered ${answered.length} request(s)` }
        : { where: pointer, verdict: "refuted", reason: `${node.url} answered no request` };
    }
    if (/^\/components\/securitySchemes\//.test(pointer)) {
      const accepted = answered.some((status) => status >= 200 && status < 300);
      const refused = answered.length > 0 && answered.every((status) => status === 401 || status === 403);
      return accepted
        ? { where: pointer, verdict: "confirmed", reason: "a request with the token got a 2xx" }
        : refused
          ? { where: pointer, verdict: "refuted", reason: "every request with the token got 401 or 403" }
          : { where: pointer, verdict: "not checked", reason: "no response says either way" };
    }
    // An example of a response: /paths/<path>/<method>/responses/<status>/content/<media>/examples/<name>
    const [section, path, method, responses, code, content, , examples] = fromPointer(pointer);
    if (
      section === "paths" &&
      responses === "responses" &&
      /^\d{3}$/.test(code) &&
      content === "content" &&
      examples === "examples"
    ) {
      const operationId = spec.paths[path]?.[method]?.operationId;
      const status = Number(code);
      if (!statuses[operationId]?.includes(status))
        return { where: pointer, verdict: "not checked", reason: `${operationId} never answered ${status}` };
      const wrong = drifts.some(
        (drift) => drift.operationId === operationId && drift.status === status && drift.severity === "error",
      );
      return wrong
        ? {
            where: pointer,
            verdict: "refuted",
            reason: `a live ${status} of ${operationId} does not match the schema the example illustrates`,
          }
        : {
            where: pointer,
            verdict: "confirmed",
            reason: `a live ${status} of ${operationId} matches the schema the example illustrates`,
          };
    }
    return { where: pointer, verdict: "not checked", reason: "a contract run of safe reads cannot tell" };
  };
  return unverifiedNodes(spec).map(({ pointer, node }) => judge(pointer, node));
}
