import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it: `url` is the raw request target (path + query, still encoded). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * What the server answers. `body` is sent as JSON unless it is a string. A `fault` replaces the normal
 * answer: `"reset"` sends the status line, headers and half the body, then destroys the socket;
 * `"stall"` sends the headers and never finishes the body (the client's timeout must end it).
 */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  fault?: "reset" | "stall";
}

export type Responder = (request: RecordedRequest) => Reply;

/**
 * The per-attempt timeout (ms) a test should give a call answered with `reply`. Only a stall should
 * ever time out: the others get a timeout no attempt reaches even on a loaded CI machine, and a stall
 * one long enough for each attempt to reach the server first, or the number of requests the server
 * saw would depend on the machine's load.
 */
export function timeoutFor(reply: Reply): number {
  return reply.fault === "stall" ? 500 : 10_000;
}

/** A real HTTP server on 127.0.0.1 (ephemeral port) that records every request and answers with `respond`. */
export interface TestServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Replace the responder for the following requests. */
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

const notConfigured: Responder = (request) => ({
  status: 501,
  body: { error: `test server has no reply for ${request.method} ${request.url}` },
});

/** Starts a {@link TestServer}; close it in `afterAll`. */
export async function startTestServer(responder: Responder = notConfigured): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let respond = responder;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = respond(recorded);
      const isText = typeof reply.body === "string";
      const payload = reply.body === undefined ? "" : isText ? (reply.body as string) : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(reply.body === undefined || isText ? {} : { "content-type": "application/json" }),
        ...reply.headers,
      });
      if (reply.fault === "reset") {
        res.write(payload.slice(0, Math.floor(payload.length / 2)));
        setTimeout(() => res.socket?.destroy(), 10);
      } else if (reply.fault === "stall") {
        res.flushHeaders();
      } else {
        res.end(payload);
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith(next) {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A responder that answers with `replies` in order, then repeats the last one. */
export function replySequence(...replies: Reply[]): Responder {
  let next = 0;
  return () => replies[Math.min(next++, replies.length - 1)] as Reply;
}
