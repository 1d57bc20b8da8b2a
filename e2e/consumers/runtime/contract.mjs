// Run by the install test in a fresh project, as ESM: the runtime contract (scenarios.cjs) of the package
// named in CONTRACT, loaded by `import`, against the test's server; its CommonJS build, loaded by
// `require()` in the same process, must make errors that pass this build's `instanceof`.
import { createRequire } from "node:module";
import { runContract } from "./scenarios.cjs";

const config = JSON.parse(process.env.CONTRACT);
const copy = await import(config.package);
const otherCopy = createRequire(import.meta.url)(config.package);
const report = await runContract({ copy, otherCopy, config });
console.log(JSON.stringify({ node: process.version, ...report }));
