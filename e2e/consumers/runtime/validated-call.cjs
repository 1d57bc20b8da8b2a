// The check of each provider's call programs (consumers/<provider>/call.mjs and call.cjs), the same in
// ESM and CommonJS: one real call through a client whose responses are validated by the package's
// /validate entry (a drift would fail the call), and proof that the compiled validator runs. Returns the
// report the install test compares.

/**
 * `create(options)`: a client from the package's factory; `validators` and `validator` (one operation's) from its
 * /validate entry; `call(client)`: the call; `spec`: its openapi.json.
 */
async function validatedCall({ create, validators, validator, call, spec }) {
  const drifts = [];
  const client = create({
    token: process.env.API_TOKEN,
    baseUrl: process.env.BASE_URL,
    validate: validators,
    onDrift: (drift) => drifts.push(drift),
    throwOnDrift: true,
  });
  const { data, error, response } = await call(client);
  return {
    node: process.version,
    openapi: spec.openapi,
    status: response.status,
    data: data ?? error,
    drifts,
    // The compiled validator runs, and rejects a body missing every required field.
    rejectsEmpty: validator.responses["200"]({}) === false,
  };
}

module.exports = { validatedCall };
