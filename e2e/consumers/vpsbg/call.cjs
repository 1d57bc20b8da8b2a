// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL, with
// the responses validated by the package's /validate entry (validated-call.cjs).
const { createVpsbgClient } = require("@specfirst/vpsbg");
const spec = require("@specfirst/vpsbg/openapi.json");
const { getOrder, validators } = require("@specfirst/vpsbg/validate");
const { validatedCall } = require("./validated-call.cjs");

validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createVpsbgClient(options),
  validators,
  validator: getOrder,
  call: (vpsbg) => vpsbg.GET("/orders/{id}", { params: { path: { id: 7756 } } }),
  spec,
}).then((report) => console.log(JSON.stringify(report)));
