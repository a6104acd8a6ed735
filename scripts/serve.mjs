// @ts-check
// What `npm start` runs: Next's production request handler behind a plain Node server that stamps every request
// with its TCP peer's address (PEER_HEADER, over any copy a client sent) before Next reads anything, so the app
// never takes a client's word for where it is (lib/client-address.ts, SPEC §11). Takes `next start`'s -H and -p.
import fs from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** The same names as lib/client-address.ts and lib/proxy/api-requests.ts (scripts/serve.test.ts checks). */
export const PEER_HEADER = "x-codeqr-peer";
export const UNSUPPORTED_METHOD = "X-CODEQR-UNSUPPORTED";

/** The methods Next's route handlers know; a fetch Request cannot even be built for TRACE or CONNECT. */
const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);
/** What every page and short link answers (GET, HEAD, and POST for server actions and link passwords). */
const PAGE_METHODS = ["GET", "HEAD", "POST"];
const SHUTDOWN_GRACE_MS = 10_000;
/** Next's default server-action body limit (1 MB): a larger declared body is a 413 here, not a 500 inside Next. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/**
 * Where to listen: `-H/--hostname` and `-p/--port` as `next start` takes them, else HOSTNAME and PORT, else
 * every interface on port 3000.
 * @param {string[]} args
 * @param {Record<string, string | undefined>} env
 * @returns {{ hostname: string | undefined, port: number }}
 */
export function listenOptions(args, env) {
  const { values } = parseArgs({
    args,
    options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`Invalid port: ${values.port ?? env.PORT}`);
  return { hostname: values.hostname ?? (env.HOSTNAME || undefined), port };
}

/**
 * Sets PEER_HEADER to the socket's peer, dropping whatever a client sent under that name.
 * @param {http.IncomingMessage} request
 */
export function stampPeer(request) {
  delete request.headers[PEER_HEADER];
  const peer = request.socket.remoteAddress;
  if (peer) request.headers[PEER_HEADER] = peer;
}

/**
 * A method the path cannot answer. On /api, one Next does not know becomes UNSUPPORTED_METHOD, so that the proxy
 * answers its JSON 405 with the path's `Allow`; anywhere else, anything but GET, HEAD and POST is answered here.
 * Returns whether the response has been sent.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
export function refuseUnknownMethod(request, response) {
  const method = request.method ?? "";
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    if (!NEXT_METHODS.has(method)) request.method = UNSUPPORTED_METHOD;
    return false;
  }
  if (PAGE_METHODS.includes(method)) return false;
  response.statusCode = 405;
  response.setHeader("Allow", PAGE_METHODS.join(", "));
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end("Method Not Allowed\n");
  return true;
}

/**
 * A server action (a POST with `Next-Action`) that declares a body over MAX_ACTION_BODY_BYTES is answered 413
 * before Next reads it. Returns whether the response has been sent.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
export function refuseOversizedAction(request, response) {
  if (!request.headers["next-action"]) return false;
  const declared = Number(request.headers["content-length"] ?? 0);
  if (!(declared > MAX_ACTION_BODY_BYTES)) return false;
  response.statusCode = 413;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Connection", "close");
  response.end("Payload Too Large\n");
  return true;
}

/** lib/shutdown.ts's registry on `globalThis`: what the app must finish before the process exits. */
const SHUTDOWN_TASKS = Symbol.for("codeqr.shutdown-tasks");

/** Runs every task the app registered (the request log's last batch), each once; a failure is logged, not thrown. */
export async function runShutdownTasks() {
  const tasks = /** @type {Map<string, () => Promise<void>> | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (globalThis)[SHUTDOWN_TASKS]
  );
  await Promise.all(
    [...(tasks?.values() ?? [])].map((task) =>
      task().catch((/** @type {unknown} */ error) => console.error(error)),
    ),
  );
}

/**
 * @param {Record<string, unknown>} fields
 * @param {string} msg
 */
function log(fields, msg) {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), ...fields, msg })}\n`);
}

async function main() {
  const { hostname, port } = listenOptions(process.argv.slice(2), process.env);
  // As `next start` does, before React is loaded (it picks its build by NODE_ENV): production unless told otherwise.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
  const { default: next } = await import("next");
  const dir = fileURLToPath(new URL("..", import.meta.url));
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    stampPeer(request);
    if (refuseUnknownMethod(request, response) || refuseOversizedAction(request, response)) return;
    handle(request, response).catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // Next attaches its own upgrade listener to this server on the first request; this one runs before it.
  server.on("upgrade", (request, socket) => {
    stampPeer(request);
    if (server.listenerCount("upgrade") === 1)
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  });
  // Node answers CONNECT only through this event; without a listener it drops the connection.
  server.on("connect", (_request, socket) => {
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${PAGE_METHODS.join(", ")}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
  });
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
  log({ event: "listening", hostname: hostname ?? "*", port }, "serving");

  let stopping = false;
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    // Stop accepting connections and finish open requests first: they may schedule `after` work app.close() awaits,
    // and what they recorded is written by the shutdown tasks.
    const forced = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    forced.unref();
    server.close(() => {
      app
        .close()
        .catch((/** @type {unknown} */ error) => console.error(error))
        .then(runShutdownTasks)
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(error);
    process.exit(1);
  });
}
