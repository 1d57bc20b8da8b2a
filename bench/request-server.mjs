// The server of the request and memory suites, run as a child process so its CPU time and memory never
// count against a client: node:http on 127.0.0.1 (ephemeral port, keep-alive), answering every GET of a
// path it was given with that path's fixed JSON body. The parent (bench/start-server.mjs) sends
// `{ bodies: { [path]: json } }` over IPC and receives `{ port }` once the server listens.
import { createServer } from "node:http";

process.once("message", ({ bodies }) => {
  const answers = new Map(Object.entries(bodies).map(([path, json]) => [path, Buffer.from(json)]));
  const server = createServer((request, response) => {
    const body = answers.get(request.url.split("?")[0]);
    if (request.method !== "GET" || !body) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"detail":"Not Found"}');
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "content-length": body.byteLength }).end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
  process.once("disconnect", () => process.exit(0));
});
