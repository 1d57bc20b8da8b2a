/**
 * Request headers whose values are secrets: they never reach an error or an `onRetry` event (middleware
 * does see them, on the request it may change), and they are dropped when a redirect leaves the origin.
 * A client adds its own with `secretHeaders`.
 */
export const SECRET_HEADERS: readonly string[] = ["authorization", "cookie", "proxy-authorization", "x-api-key"];

const REDACTED = "[REDACTED]";
// Shorter secrets are only redacted where a whole string equals them: replacing every "7" of a body
// because the token is "7" would corrupt it without protecting anything.
const MIN_SUBSTRING_SECRET = 6;

/**
 * The secret values a request carries, from its headers: each secret header's value and its credential
 * alone (`Bearer <token>` → `<token>`), so a server echoing either is caught.
 */
export function secretsOf(headers: Headers, secretHeaders: readonly string[]): string[] {
  const secrets: string[] = [];
  for (const name of secretHeaders) {
    const value = headers.get(name);
    if (!value) continue;
    secrets.push(value, value.replace(/^\S+ +/, ""));
    // A Cookie holds several `name=value` pairs, each a secret of its own.
    for (const pair of value.split(/; */)) secrets.push(pair, pair.slice(pair.indexOf("=") + 1));
  }
  return secrets.filter((secret, index) => secret && secrets.indexOf(secret) === index);
}

/** `text` with every secret, as it is or as JSON escapes it (`"` → `\"`), replaced by `[REDACTED]`. */
export function redactText(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) {
    for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
      if (text === form) return REDACTED;
      if (form.length >= MIN_SUBSTRING_SECRET) text = text.split(form).join(REDACTED);
    }
  }
  return text;
}

/**
 * `value` with secrets redacted inside its strings (object keys included), structure kept: numbers,
 * booleans and `null` are never touched, so a numeric or one-character token cannot corrupt a body.
 */
export function redact<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets)) as T;
  if (value === null || typeof value !== "object") return value;
  // fromEntries defines keys as data: a "__proto__" key stays a key, not the copy's prototype.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redactText(key, secrets), redact(item, secrets)]),
  ) as T;
}

/**
 * A copy of an error chain safe to keep as a `cause`: the same name, `code` and message, stack and cause
 * redacted, and nothing else (undici errors can carry the request, headers included).
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (error === undefined || error === null) return error;
  // Anything else a fetch may reject with (a plain object can hold the request's headers) becomes text.
  if (!(error instanceof Error)) return redactText(typeof error === "string" ? error : describe(error), secrets);
  const cause = error.cause === undefined || depth > 4 ? undefined : redactError(error.cause, secrets, depth + 1);
  const copy = new Error(redactText(error.message, secrets), cause === undefined ? undefined : { cause });
  copy.name = error.name;
  copy.stack = redactText(String(error.stack), secrets);
  const { code } = error as { code?: unknown };
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
