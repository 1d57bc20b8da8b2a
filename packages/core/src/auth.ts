import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "./options.js";

/**
 * Middleware that sets `Authorization: Bearer <token>` on every request. A token getter runs once per
 * request. Throws (rejecting the call, with no request sent) when the token is empty, because a request
 * without credentials would only come back as 401 and hide the real mistake.
 */
export function bearerAuth(provider: string, token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      if (typeof value !== "string" || value.trim() === "") {
        throw new TypeError(
          `${provider}: the token is empty. Pass the API token as \`token\` (a string or a function returning one).`,
        );
      }
      request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}
