/** Turning OpenAPI paths and answers into what MSW matches and sends. */
import { HttpResponse } from "msw";
import type { DocumentedResponse } from "./spec.js";

/** An MSW path for an OpenAPI path template: `/orders/{id}` → `/orders/:id`. */
export function mswPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => `:${name}`);
}

/** A fetch `Response` for a documented or built answer. */
export function responseOf(answer: Pick<DocumentedResponse, "status" | "headers" | "media" | "body">): Response {
  const headers = new Headers(answer.headers);
  if (answer.body === undefined || answer.media === undefined)
    return new HttpResponse(null, { status: answer.status, headers });
  headers.set("content-type", answer.media);
  const text =
    typeof answer.body === "string" && !/json/i.test(answer.media) ? answer.body : JSON.stringify(answer.body);
  return new HttpResponse(text, { status: answer.status, headers });
}
