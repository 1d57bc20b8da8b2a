// The command line of the maintainer's commands: `--help` prints the usage and exits 0; a wrong option,
// a missing value or a stray argument prints one line saying so, then the usage, and exits 1; a failure
// prints one line naming the command and what to do, never a stack trace. Options are parsed by
// node:util's parseArgs.
import { parseArgs } from "node:util";

/**
 * Prints `<command>: <message>` on stderr and exits with `code` (1 unless given): how every script in
 * scripts/, site/ and bench/ stops on bad input or a failed step.
 */
export function fail(command, message, code = 1) {
  console.error(`${command}: ${message}`);
  process.exit(code);
}

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
    fail(name, `${reason}.\n\n${help}`);
  }
  if (parsed.values.help) {
    console.log(help);
    process.exit(0);
  }
  return parsed;
}
