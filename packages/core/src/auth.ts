import { invalidOption, type TokenSource } from "./options.js";

/**
 * Resolves the bearer token for one call (a getter runs once per call). Throws, before anything is
 * sent, when the token is empty: a request without credentials would only come back as 401 and hide
 * the real mistake.
 */
export async function resolveToken(provider: string, token: TokenSource): Promise<string> {
  const value = typeof token === "function" ? await token() : token;
  // The value itself is not echoed: it could be a credential with a typo.
  return typeof value === "string" && value.trim()
    ? value
    : invalidOption(provider, "token must be a non-empty string (or a function returning one)", typeof value);
}
