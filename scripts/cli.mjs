// The command line of the maintainer's commands, parsed by node:util's parseArgs: `--help` prints the
// usage and exits 0; an unknown option, a missing value or a stray argument prints one line saying so,
// then the usage, and exits 1, never a stack trace.
import { parseArgs } from "node:util";

/**
 * Parses `process.argv` for the command `name` (as the error line names it, e.g. `spec:diff`) with
 * parseArgs' `options` (and `allowPositionals`); `help` is the usage text, its first line the synopsis.
 * Returns parseArgs' `{ values, positionals }`.
 */
export function parseCommandLine(name, help, { options = {}, allowPositionals = false } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals });
  } catch (error) {
    // parseArgs' messages can run on with advice about "--"; the first sentence says what was wrong.
    const reason = error.message.split(/\. (?=To specify)/)[0].replace(/\.$/, "");
    console.error(`${name}: ${reason}.\n\n${help}`);
    process.exit(1);
  }
  if (parsed.values.help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}
