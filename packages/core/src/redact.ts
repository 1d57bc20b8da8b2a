/** Request headers whose values are secrets: they never reach an error, a log line or a hook. */
export const SENSITIVE_HEADERS = ["authorization", "cookie", "set-cookie", "x-api-key"];

/**
 * The secret values a request carries: each sensitive header's value and its credential alone
 * (`Bearer <token>` → `<token>`), so a server echoing either is caught.
 */
export function secretsOf(headers: Headers): string[] {
  return SENSITIVE_HEADERS.flatMap((name) => {
    const value = headers.get(name);
    return value ? [value, value.replace(/^\S+ /, "")] : [];
  });
}

/**
 * `value` (a string or any JSON value) with every occurrence of a secret replaced by `[REDACTED]`.
 * Works on the JSON text, so nested strings are covered too.
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  const json = JSON.stringify(value);
  if (json === undefined) return value;
  return JSON.parse(secrets.reduce((text, secret) => (secret ? text.split(secret).join("[REDACTED]") : text), json));
}
