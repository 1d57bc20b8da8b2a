#!/usr/bin/env node
// node bench/markdown.mjs: prints the Performance tables of the root README as Markdown, from the
// bench/results.json that the last `pnpm bench` wrote, so the README shows one run's figures as they are.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const results = JSON.parse(readFileSync(join(import.meta.dirname, "results.json"), "utf8"));
const { size, requests, memory, pipeline, typecheck } = results.suites;

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const ratio = (value) => `${value.toFixed(2)}×`;
const kilobytes = (bytes, digits) => `${(bytes / 1000).toFixed(digits)} kB`;
const megabytes = (bytes) => `${Math.round(bytes / 1e6)} MB`;
const seconds = (value) => `${value.toFixed(2)} s`;
// Contender names as the README writes them.
const shown = (name) => name.replace(" (bare)", ", bare").replace(/^raw fetch/, "raw `fetch`");

function table(header, rows) {
  const align = header.map((_, index) => (index === 0 ? "---" : "---:"));
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

const sections = [];
console.log(`Figures of ${results.date}, Node ${results.node}, ${results.machine.cores} cores.\n`);
if (size) {
  sections.push(
    table(
      ["Contender", "min", "gzip", "gzip ÷ @specfirst/polar"],
      size.map((row) => [
        shown(row.name),
        kilobytes(row.minBytes.median, 1),
        kilobytes(row.gzipBytes.median, 2),
        ratio(row.gzipVsOurs),
      ]),
    ),
  );
}
if (requests) {
  const names = [...new Set(requests.map((row) => row.name))];
  const figures = (row) => [
    grouped.format(row.requestsPerSecond.median),
    ratio(row.requestsPerSecondVsFetch.median),
    grouped.format(row.cpuMicrosPerRequest.median),
    ratio(row.cpuVsFetch.median),
    ratio(row.cpuVsOpenapiFetch.median),
  ];
  sections.push(
    table(
      [
        "Contender",
        "one at a time: req/s",
        "÷ fetch",
        "CPU µs/req",
        "÷ fetch",
        "÷ openapi-fetch",
        "32 in flight: req/s",
        "÷ fetch",
        "CPU µs/req",
        "÷ fetch",
        "÷ openapi-fetch",
      ],
      names.map((name) => [
        shown(name),
        ...figures(requests.find((row) => row.name === name && row.mode === "sequential")),
        ...figures(requests.find((row) => row.name === name && row.mode === "concurrent")),
      ]),
    ),
  );
}
if (memory) {
  sections.push(
    table(
      ["Contender", "peak min", "peak median", "peak max", "÷ fetch"],
      memory.map((row) => [
        shown(row.name),
        megabytes(row.peakBytes.min),
        megabytes(row.peakBytes.median),
        megabytes(row.peakBytes.max),
        ratio(row.peakVsFetch.median),
      ]),
    ),
  );
}
if (pipeline) {
  const row = (command, figures) => [command, ...figures.map((value) => (value === undefined ? "–" : seconds(value)))];
  sections.push(
    table(
      ["Command", "cold", "warm", "one spec edited", "the next run"],
      [
        ...pipeline.build.map((build) =>
          row(`\`pnpm build\`, ${build.providers} providers`, [
            build.coldSeconds,
            build.warmSeconds.median,
            build.oneSpecEditSeconds.median,
            build.nextAfterEditSeconds.median,
          ]),
        ),
        row(`\`pnpm test\`, ${pipeline.test.providers} providers`, [
          pipeline.test.coldSeconds,
          pipeline.test.warmSeconds,
          pipeline.test.oneSpecEditSeconds,
          undefined,
        ]),
      ],
    ),
  );
}
if (typecheck) {
  sections.push(
    table(
      ["Consumer", "check", "total", "total ÷ sdk 0.49.0", "instantiations", "memory"],
      typecheck.map((row) => [
        shown(row.name),
        seconds(row.checkSeconds.median),
        seconds(row.totalSeconds.median),
        ratio(row.totalVsPeer.median),
        grouped.format(row.instantiations.median),
        megabytes(row.memoryBytes.median),
      ]),
    ),
  );
}
console.log(sections.join("\n\n"));
