import type { OperationInfo } from "./operations.js";

const FORM = "application/x-www-form-urlencoded";

/** A plain object (`{}` or `Object.create(null)`), as opposed to a class instance, array or binary value. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const isBytes = (body: unknown) => body instanceof ArrayBuffer || ArrayBuffer.isView(body);

/**
 * The body serializer every call uses unless the caller gives one (openapi-fetch's `bodySerializer`):
 * `FormData`, `Blob`, bytes and `URLSearchParams` are sent as they are; a plain object goes to a form
 * where the spec accepts only a form or `contentType` is `application/x-www-form-urlencoded`; any other
 * value (a string included) is JSON.
 */
export function serializeBody(
  body: unknown,
  contentType: string | null,
  operation: OperationInfo | undefined,
): BodyInit {
  if (isPlainObject(body)) {
    if (operation?.body) return operation.body(body);
    if (contentType?.split(";")[0]?.trim().toLowerCase() === FORM) return formOf(body);
  }
  const sentAsItIs =
    (typeof FormData !== "undefined" && body instanceof FormData) ||
    (typeof Blob !== "undefined" && body instanceof Blob) ||
    isBytes(body) ||
    body instanceof URLSearchParams;
  return sentAsItIs ? (body as BodyInit) : JSON.stringify(body);
}

/**
 * The media type a serialized body has by nature, which it is sent with unless the caller gives one
 * (openapi-fetch would send `application/json`): a `Blob`'s own type, bytes as
 * `application/octet-stream`, `URLSearchParams` as a form. `undefined` for JSON, and for `FormData`,
 * whose multipart type and boundary the `Request` sets.
 */
export function mediaTypeOf(body: BodyInit): string | undefined {
  if (typeof Blob !== "undefined" && body instanceof Blob) return body.type || "application/octet-stream";
  if (isBytes(body)) return "application/octet-stream";
  return body instanceof URLSearchParams ? `${FORM};charset=UTF-8` : undefined;
}

/** A plain object as `application/x-www-form-urlencoded`: arrays repeat their field, `null` and `undefined` are left out. */
function formOf(body: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body))
    for (const item of Array.isArray(value) ? value : [value]) if (item != null) form.append(name, String(item));
  return form;
}
