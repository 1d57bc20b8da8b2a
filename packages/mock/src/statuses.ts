/** HTTP status codes' reason phrases (RFC 9110) and the scenario names derived from them. */

/** Reason phrases of the statuses APIs document. */
export const REASONS = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "204": "No Content",
  "400": "Bad Request",
  "401": "Unauthorized",
  "402": "Payment Required",
  "403": "Forbidden",
  "404": "Not Found",
  "405": "Method Not Allowed",
  "406": "Not Acceptable",
  "408": "Request Timeout",
  "409": "Conflict",
  "410": "Gone",
  "412": "Precondition Failed",
  "413": "Content Too Large",
  "415": "Unsupported Media Type",
  "422": "Unprocessable Content",
  "423": "Locked",
  "429": "Too Many Requests",
  "500": "Internal Server Error",
  "501": "Not Implemented",
  "502": "Bad Gateway",
  "503": "Service Unavailable",
  "504": "Gateway Timeout",
} as const;

type Reasons = typeof REASONS;
type CamelWords<Text extends string> = Text extends `${infer Word} ${infer Rest}`
  ? `${Word}${CamelWords<Capitalize<Rest>>}`
  : Text;

/** `"200"` → `"ok"`, `"404"` → `"notFound"`, `"422"` → `"unprocessableContent"`; a status without a phrase → `"status418"`. */
export type StatusName<Status extends string> = Status extends "200"
  ? "ok"
  : Status extends keyof Reasons
    ? Uncapitalize<CamelWords<Reasons[Status]>>
    : `status${Status}`;

/** The scenario name of `status`, as {@link StatusName} types it. */
export function statusName<Status extends string>(status: Status): StatusName<Status> {
  const reason: string | undefined = REASONS[status as keyof Reasons];
  if (status === "200") return "ok" as StatusName<Status>;
  if (reason === undefined) return `status${status}` as StatusName<Status>;
  const [first = "", ...rest] = reason.split(" ");
  return [first.toLowerCase(), ...rest].join("") as StatusName<Status>;
}
