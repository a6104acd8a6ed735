import http from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { PEER_HEADER as APP_PEER_HEADER } from "@/lib/client-address";
import { UNSUPPORTED_METHOD as PROXY_UNSUPPORTED } from "@/lib/proxy/api-requests";
import { onShutdown } from "@/lib/shutdown";
import {
  listenOptions,
  MAX_ACTION_BODY_BYTES,
  PEER_HEADER,
  refuseOversizedAction,
  refuseUnknownMethod,
  runShutdownTasks,
  stampPeer,
  UNSUPPORTED_METHOD,
} from "./serve.mjs";

function incoming(method: string, url: string, headers: Record<string, string>, peer?: string) {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const request = new http.IncomingMessage(socket);
  Object.assign(request, { method, url, headers: { ...headers } });
  return request;
}

describe("scripts/serve.mjs", () => {
  it("names its headers and methods as the app reads them", () => {
    expect(PEER_HEADER).toBe(APP_PEER_HEADER);
    expect(UNSUPPORTED_METHOD).toBe(PROXY_UNSUPPORTED);
  });

  it("runs what the app registered to finish before exit, once each, a failure included", async () => {
    const ran: string[] = [];
    onShutdown("serve-test", async () => void ran.push("flushed"));
    onShutdown("serve-test-failing", async () => {
      ran.push("failed");
      throw new Error("sink down");
    });
    await runShutdownTasks();
    expect(ran.sort()).toEqual(["failed", "flushed"]);
  });

  it.each([
    [[], {}, { hostname: undefined, port: 3000 }],
    [["-H", "127.0.0.1", "-p", "4100"], {}, { hostname: "127.0.0.1", port: 4100 }],
    [["--hostname", "::1", "--port", "0"], { PORT: "9" }, { hostname: "::1", port: 0 }],
    [[], { HOSTNAME: "0.0.0.0", PORT: "8080" }, { hostname: "0.0.0.0", port: 8080 }],
    [["-p", "5000"], { HOSTNAME: "" }, { hostname: undefined, port: 5000 }],
  ])("listens per %j and env %j", (args, env, expected) => {
    expect(listenOptions(args, env)).toEqual(expected);
  });

  it.each([[["-p", "http"]], [["-p", "70000"]], [["--turbo"]]])("refuses %j", (args) => {
    expect(() => listenOptions(args, {})).toThrow();
  });

  it("stamps the socket's peer over whatever the client sent", () => {
    const forged = incoming(
      "GET",
      "/",
      { [PEER_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
      "10.0.0.7",
    );
    stampPeer(forged);
    expect(forged.headers[PEER_HEADER]).toBe("10.0.0.7");
    expect(forged.headers["x-forwarded-for"]).toBe("6.6.6.6");
    const gone = incoming("GET", "/", { [PEER_HEADER]: "6.6.6.6" });
    stampPeer(gone);
    expect(gone.headers[PEER_HEADER]).toBeUndefined();
  });

  it.each([
    ["GET", "/", false, "GET"],
    ["PATCH", "/api/links", false, "PATCH"],
    ["TRACE", "/api/links", false, UNSUPPORTED_METHOD],
    ["PROPFIND", "/api", false, UNSUPPORTED_METHOD],
    ["TRACE", "/", true, "TRACE"],
    ["MKCOL", "/apis", true, "MKCOL"],
    ["DELETE", "/login", true, "DELETE"],
    ["OPTIONS", "/s/abc", true, "OPTIONS"],
    ["POST", "/s/abc", false, "POST"],
    ["HEAD", "/", false, "HEAD"],
  ])("%s %s: answered here %s, passed on as %s", (method, url, answered, passedAs) => {
    const request = incoming(method, url, {});
    const response = new http.ServerResponse(request);
    expect(refuseUnknownMethod(request, response)).toBe(answered);
    expect(request.method).toBe(passedAs);
    if (answered) {
      expect(response.statusCode).toBe(405);
      expect(response.getHeader("allow")).toBe("GET, HEAD, POST");
    }
  });

  it.each([
    [
      "a server action over the limit",
      { "next-action": "abc", "content-length": String(MAX_ACTION_BODY_BYTES + 1) },
      true,
    ],
    [
      "a server action at the limit",
      { "next-action": "abc", "content-length": String(MAX_ACTION_BODY_BYTES) },
      false,
    ],
    [
      "a large POST that is no server action",
      { "content-length": String(10 * MAX_ACTION_BODY_BYTES) },
      false,
    ],
    ["a server action without a length", { "next-action": "abc" }, false],
  ])("%s: answered 413 here %s", (_, headers, answered) => {
    const request = incoming("POST", "/login", headers);
    const response = new http.ServerResponse(request);
    expect(refuseOversizedAction(request, response)).toBe(answered);
    if (answered) expect(response.statusCode).toBe(413);
  });
});
