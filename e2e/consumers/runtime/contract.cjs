// Run by the install test in a fresh project, as CommonJS: the runtime contract (scenarios.cjs) of the
// package named in CONTRACT, loaded by `require()`, against the test's server; its ESM build, loaded by
// `import()` in the same process, must make errors that pass this build's `instanceof`.
const { runContract } = require("./scenarios.cjs");

const config = JSON.parse(process.env.CONTRACT);
const copy = require(config.package);
import(config.package)
  .then((otherCopy) => runContract({ copy, otherCopy, config }))
  .then((report) => console.log(JSON.stringify({ node: process.version, ...report })));
