import createClient, { type Client } from "openapi-fetch";
import { bearerAuth } from "./auth.js";
import type { ClientOptions, ProviderInfo } from "./options.js";
import { safePathSerializer } from "./path.js";
import { runsInBrowser, userAgent } from "./user-agent.js";

/**
 * A typed client: `GET`, `POST`, `PATCH`, `DELETE`… take a path template of the spec and resolve to
 * `{ data, error, response }` — `data` on 2xx, `error` (the parsed error body) otherwise. HTTP error
 * statuses never throw; network failures and a bad `token` reject.
 */
export type ApiClient<Paths extends {}> = Client<Paths>;

/**
 * Creates the openapi-fetch client of one provider with the runtime contract every provider shares:
 * base URL (default: the spec's server), bearer token, provider default headers, caller headers, a
 * `User-Agent` outside browsers, and path parameters that cannot change the path (see {@link safePathSerializer}).
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL.
 */
export function createApiClient<Paths extends {}>(
  provider: ProviderInfo,
  options: ClientOptions = {},
): ApiClient<Paths> {
  const baseUrl = checkBaseUrl(provider.id, options.baseUrl ?? provider.defaultBaseUrl);
  const headers: Record<string, string> = {
    ...(runsInBrowser() ? {} : { "User-Agent": userAgent(provider) }),
    ...provider.defaultHeaders,
    ...options.headers,
  };

  const client = createClient<Paths>({
    baseUrl,
    headers,
    pathSerializer: safePathSerializer,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.token !== undefined) client.use(bearerAuth(provider.id, options.token));
  return client;
}

function checkBaseUrl(provider: string, baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new TypeError(
      `${provider}: baseUrl "${baseUrl}" is not an absolute http(s) URL; pass one like "https://api.example.com/v1".`,
    );
  }
  return baseUrl.replace(/\/+$/, "");
}
