// Run by the install test in a fresh project, as CommonJS, against a local server at BASE_URL, with
// the responses validated by the package's /validate entry (validated-call.cjs).
const { createNovaProxyClient } = require("@specfirst/novaproxy");
const spec = require("@specfirst/novaproxy/openapi.json");
const { listOrders, validators } = require("@specfirst/novaproxy/validate");
const { validatedCall } = require("./validated-call.cjs");

validatedCall({
  // Called here, so that a factory that is not a function fails under its own name.
  create: (options) => createNovaProxyClient(options),
  validators,
  validator: listOrders,
  call: (novaproxy) => novaproxy.GET("/orders"),
  spec,
}).then((report) => console.log(JSON.stringify(report)));
