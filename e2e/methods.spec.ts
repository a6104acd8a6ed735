import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { SERVER_LOG } from "./support/paths";
import { rawRequest } from "./support/raw-http";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

test("HEAD answers wherever GET does: the same status and headers, no body", async ({ page, request }) => {
  const { secret } = await projectWithSecret(page, { name: "Monitor", permissions: "Read only" });
  const key = { authorization: `Bearer ${secret}` };
  for (const [path, headers, status] of [
    ["/api/health", {}, 200],
    ["/api/openapi.json", {}, 200],
    ["/api/links", key, 200],
    ["/api/links/count", key, 200],
    ["/api/tags", key, 200],
    ["/api/links", {}, 401],
    ["/api/links/nope", key, 404],
    ["/api/nope", {}, 404],
  ] as const) {
    const get = await request.get(path, { headers });
    const head = await request.head(path, { headers });
    expect(head.status(), `HEAD ${path}`).toBe(status);
    expect(get.status(), `GET ${path}`).toBe(status);
    expect((await head.body()).length, `HEAD ${path} has no body`).toBe(0);
    for (const name of ["content-type", "cache-control", "www-authenticate", "x-ratelimit-limit"]) {
      expect(head.headers()[name], `HEAD ${path}: ${name}`).toBe(get.headers()[name]);
    }
  }
});

test("a method a path of /api does not answer is a JSON 405 listing those it does", async ({ baseURL }) => {
  for (const [method, path, allow] of [
    ["PUT", "/api/links/bulk", "POST, PATCH, DELETE"],
    ["POST", "/api/links/count", "GET, HEAD"],
    ["DELETE", "/api/links/info", "GET, HEAD"],
    ["GET", "/api/links/upsert", "PUT"],
    ["PUT", "/api/links", "GET, HEAD, POST"],
    ["POST", "/api/tags/tag_1", "PUT, PATCH, DELETE"],
    ["OPTIONS", "/api/links", "GET, HEAD, POST"],
    ["TRACE", "/api/links", "GET, HEAD, POST"],
    ["PROPFIND", "/api/tags", "GET, HEAD, POST"],
    ["PUT", "/api/auth/session", "GET, HEAD, POST"],
    ["TRACE", "/api/auth/session", "GET, HEAD, POST"],
  ] as const) {
    const response = await rawRequest(baseURL ?? "", { method, path });
    expect(response.status, `${method} ${path}`).toBe(405);
    expect(response.headers.allow, `${method} ${path}`).toBe(allow);
    expect(response.headers["content-type"]).toContain("application/json");
    const { error } = JSON.parse(response.body) as { error: Record<string, string> };
    expect(Object.keys(error).sort()).toEqual(["code", "doc_url", "message", "request_id"]);
    expect(error.code).toBe("method_not_allowed");
    expect(error.message).toContain(allow);
  }
});

test("TRACE, CONNECT and other methods outside /api get a 405, never a 500 or a stack trace", async ({
  baseURL,
}) => {
  const logBefore = fs.statSync(SERVER_LOG).size;
  for (const [method, path] of [
    ["TRACE", "/"],
    ["TRACE", "/login"],
    ["CONNECT", "example.com:443"],
    ["PROPFIND", "/"],
    ["DELETE", "/login"],
    ["PUT", "/s/some-link"],
  ] as const) {
    const response = await rawRequest(baseURL ?? "", { method, path });
    expect(response.status, `${method} ${path}`).toBe(405);
    expect(response.headers.allow, `${method} ${path}`).toBe("GET, HEAD, POST");
  }
  // Still serving, and nothing in the log looks like a failure.
  expect((await rawRequest(baseURL ?? "", { path: "/api/health" })).status).toBe(200);
  const logged = fs.readFileSync(SERVER_LOG, "utf8").slice(logBefore);
  expect(logged).not.toMatch(/"level":(50|60)|\n\s+at |TypeError/);
});

test("a server action with a body over 1 MB is a 413, never a 500", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8" },
    data: "a".repeat(1024 * 1024 + 1),
  });
  expect(response.status()).toBe(413);
});
