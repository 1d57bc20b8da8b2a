// The runtime contract of an installed client, run the same way in Node (contract.mjs, contract.cjs) and
// in Chromium (browser.mjs, bundled by esbuild) against the install test's contract server. `copy` is the
// package as the program loaded it; `otherCopy`, in Node, is its other build (CommonJS for an ESM program,
// ESM for a CommonJS one). Returns what the client did, as plain JSON, for the test to compare.

const errorClasses = ["ApiError", "TimeoutError", "AbortError", "ConnectionError", "PaginationError", "SpecfirstError"];

/** Which of `copy`'s error classes `value` is an `instanceof`. */
function kinds(copy, value) {
  return Object.fromEntries(errorClasses.map((name) => [name, value instanceof copy[name]]));
}

/** A call's result, as JSON: an `ApiError` becomes its kinds, status and body. */
function outcome(copy, { data, error, response, requestId, rateLimit }) {
  const failure =
    error instanceof copy.SpecfirstError
      ? { kinds: kinds(copy, error), status: error.status, body: error.body }
      : error;
  return {
    status: response.status,
    data: data ?? null,
    error: failure ?? null,
    requestId: requestId ?? null,
    rateLimit: rateLimit ?? null,
  };
}

/** How a call that should reject ended: the error's name and kinds (and its cause's name), or the status it resolved with. */
async function rejection(copy, call, { withCause = false } = {}) {
  const started = Date.now();
  try {
    const { response } = await call();
    return { rejected: false, status: response.status };
  } catch (error) {
    return {
      rejected: true,
      name: error?.name ?? null,
      kinds: kinds(copy, error),
      timeout: error?.timeout ?? null,
      ...(withCause ? { cause: error?.cause?.name ?? null } : {}),
      elapsedMs: Date.now() - started,
    };
  }
}

/** Long-polls the server (it answers within 5 s) until it has received, or seen closed, the request for `target`. */
async function serverSaw(config, target, event) {
  const { url, run } = config.wait;
  const response = await fetch(`${url}?run=${run}&for=${event}&target=${encodeURIComponent(target)}`);
  return (await response.json()).seen === true;
}

async function runContract({ copy, otherCopy, config }) {
  const { baseUrl, token, factory, list, item, write, targets } = config;
  const retries = [];
  const onRetry = ({ retry, delay, cause }) =>
    retries.push({ retry, delay, cause: typeof cause === "number" ? cause : (cause?.name ?? null) });
  const client = copy[factory]({ baseUrl, token, onRetry });
  const itemInit = (scenario, options) => ({ params: { path: { [item.param]: item.ids[scenario] } }, ...options });
  const timesOut = async (scenario) => ({
    ...(await rejection(copy, () => client.GET(item.path, itemInit(scenario, { timeout: 300, maxRetries: 0 })))),
    serverSawClose: await serverSaw(config, targets[scenario], "closed"),
  });

  const scenarios = {
    list: async () => outcome(copy, await client.GET(list.path, list.init)),
    get: async () => outcome(copy, await client.GET(item.path, itemInit("get"))),
    retry: async () => outcome(copy, await client.GET(item.path, itemInit("retry"))),
    stall: () => timesOut("stall"),
    stallBody: () => timesOut("stallBody"),
    abort: async () => {
      const controller = new AbortController();
      const settled = rejection(copy, () => client.GET(item.path, itemInit("abort", { signal: controller.signal })), {
        withCause: true,
      });
      // Abort only once the request is on the server, so the abort ends a request in flight.
      const received = await serverSaw(config, targets.abort, "received");
      controller.abort();
      return { received, ...(await settled), serverSawClose: await serverSaw(config, targets.abort, "closed") };
    },
    write: async () => outcome(copy, await client[write.method](write.path, write.init)),
    crossCopy: async () => {
      const other = otherCopy[factory]({ baseUrl, token, maxRetries: 0 });
      // The failure's ApiError, as its copy's unwrap throws it (`error` is the HTML page's text).
      let error;
      try {
        otherCopy.unwrap(await other.GET(item.path, itemInit("crossCopy")));
      } catch (thrown) {
        error = thrown;
      }
      return {
        distinctClasses: otherCopy.ApiError !== copy.ApiError,
        status: error?.status ?? null,
        kinds: kinds(copy, error),
        kindsInItsOwnCopy: kinds(otherCopy, error),
      };
    },
  };

  const report = { abortSignalAny: typeof AbortSignal.any };
  for (const name of config.scenarios) {
    try {
      report[name] = await scenarios[name]();
    } catch (error) {
      // Reported rather than thrown, so the test's diff shows which scenario broke and how.
      report[name] = { threw: `${error?.name}: ${error?.message}` };
    }
    report[name].retries = retries.splice(0);
  }
  return report;
}

module.exports = { runContract };
