import type { OperationInfo } from "./operations.js";

/** A request body ready to send on every attempt and redirect, byte-identical each time. */
export interface EncodedBody {
  body: BodyInit;
  /** The media type the body has by nature; a caller's `Content-Type` wins over it, except for `FormData`. */
  type: string | undefined;
  /** `FormData`'s type carries its boundary, which must match the bytes. */
  forced?: boolean;
}

/**
 * Encodes `body` once per call. `FormData`, `Blob`, `ArrayBuffer` and typed arrays, `URLSearchParams`
 * and strings are sent as they are, with their own media type; a plain object goes to the operation's
 * form media type where the spec accepts no JSON, else, like every other value, to JSON.
 *
 * @throws TypeError for a `ReadableStream` (it could not be resent on a retry or a 307/308 redirect).
 */
export async function encodeBody(
  body: unknown,
  operation: OperationInfo | undefined,
): Promise<EncodedBody | undefined> {
  if (body === undefined) return undefined;
  if (typeof body === "string") return { body, type: "text/plain;charset=UTF-8" };
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return { body: body as BodyInit, type: "application/octet-stream" };
  if (typeof Blob !== "undefined" && body instanceof Blob) return { body, type: body.type || undefined };
  if (body instanceof URLSearchParams)
    return { body: body.toString(), type: "application/x-www-form-urlencoded;charset=UTF-8" };
  if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) {
    throw new TypeError("a ReadableStream body cannot be resent on a retry or redirect; pass a Blob or an ArrayBuffer");
  }
  const form = operation?.body && isPlainObject(body) ? operation.body(body) : body;
  if (form instanceof URLSearchParams) return encodeBody(form, operation);
  if (typeof FormData !== "undefined" && form instanceof FormData) {
    // Serialized once, so every attempt sends the same bytes under the same boundary.
    const encoded = new Response(form);
    return { body: await encoded.arrayBuffer(), type: encoded.headers.get("content-type") ?? undefined, forced: true };
  }
  return { body: JSON.stringify(body), type: "application/json" };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}
