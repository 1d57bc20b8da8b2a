import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server received it: `url` is the raw request target (path + query, still encoded). */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers. `body` is sent as JSON unless it is a string. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Responder = (request: RecordedRequest) => Reply;

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
      res.end(payload);
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
