import { raceCaller } from "./attempt.js";
import type { ErrorContext } from "./errors.js";

/**
 * The bearer token, checked: trimmed, then one or more visible ASCII characters (what an HTTP header
 * value can carry without spaces, quoting or line breaks). The value itself is never echoed in the
 * error: it could be a credential with a typo.
 *
 * @throws TypeError saying what is wrong with it.
 */
export function checkToken(provider: string, token: unknown): string {
  const value = typeof token === "string" ? token.trim() : undefined;
  if (!value) {
    throw new TypeError(
      `${provider}: token must be a non-empty string (or a function returning one); got ${value === undefined ? typeof token : "an empty string"}.`,
    );
  }
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new TypeError(
      `${provider}: token must be visible ASCII characters only; it contains a space, a line break, a control or a non-ASCII character (check what was copied with it).`,
    );
  }
  return value;
}

/**
 * Resolves a token getter for one call (a string token is checked once, when the client is made): the
 * getter's value, checked, raced against the caller's signal so a slow getter cannot delay an abort.
 */
export async function resolveToken(
  token: () => string | Promise<string>,
  signal: AbortSignal | undefined,
  context: ErrorContext,
): Promise<string> {
  return checkToken(context.provider, await raceCaller(token(), signal, context));
}
