// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL, with
// the responses validated by the package's /validate entry (validated-call.cjs).
const { createPolarClient } = require("@specfirst/polar");
const spec = require("@specfirst/polar/openapi.json");
const { listOrders, validators } = require("@specfirst/polar/validate");
const { validatedCall } = require("./validated-call.cjs");

validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createPolarClient(options),
  validators,
  validator: listOrders,
  call: (polar) => polar.GET("/v1/users/orders/", { params: { query: { limit: 1 } } }),
  spec,
}).then((report) => console.log(JSON.stringify(report)));
