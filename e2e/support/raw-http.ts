import { randomBytes } from "node:crypto";
import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP/1.1 request with node:http, for what Playwright's client cannot send: any method (TRACE, CONNECT,
 * WebDAV's) and a chosen source address (`localAddress`: on Linux every 127.0.0.0/8 address is this host, so a
 * test can be several clients at once, each with a TCP peer of its own).
 */
export function rawRequest(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; localAddress?: string },
): Promise<RawResponse> {
  // The path goes as written: a CONNECT's is "host:port".
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: options.path,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    // A CONNECT's answer arrives as "connect", not "response".
    request.on("connect", (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, headers: response.headers, body: "" });
    });
    request.on("error", reject);
    request.end();
  });
}

/** A loopback address other than 127.0.0.1, unique per call: a client of its own (counters may outlive a run). */
export function randomLoopbackAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `127.${a}.${b}.${Math.max(2, c)}`;
}
