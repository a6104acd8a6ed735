import { eq } from "drizzle-orm";
import { NotFound } from "dub/models/errors";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { type ApiRequest, apiKeys, apiRequests } from "@/db/schema";
import { createApiKey, revokeApiKey, rollApiKey } from "@/lib/api-keys/manage";
import type { Permission } from "@/lib/api-keys/permissions";
import { PEER_HEADER } from "@/lib/client-address";
import { guardApiRequest } from "@/lib/proxy/api-requests";
import { consumeApiQuota } from "@/lib/rate-limit/api-quota";
import { flushRequestLog } from "@/lib/request-log";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { handlerFor } from "@/test/route-handlers";
import { apiRoute } from "./handler";
import type { RouteId } from "./routes";

setupTestDatabase();

const USER_AGENT = "request-log-test/1.0";
const SECRET_VALUE = "value-that-must-never-be-stored";

type Owner = Awaited<ReturnType<typeof projectWithKey>>;
let owner: Owner;

async function newKey(scopes: readonly Permission[], expiresAt: Date | null = null) {
  const created = await createApiKey({
    projectId: owner.project.id,
    name: "logged key",
    scopes: [...scopes],
    expiresAt,
    owner: "self",
    actor: owner.actor,
    ipAddress: "::1",
  });
  if (!created.ok) throw new Error("key not created");
  return created;
}

/** The stored row of a request id, once everything recorded so far is written. */
async function stored(requestId: string | null): Promise<ApiRequest[]> {
  await flushRequestLog();
  return db
    .select()
    .from(apiRequests)
    .where(eq(apiRequests.requestId, requestId ?? ""));
}

/** What a user would see leaked if the row held any of these. */
function expectNothingSecret(row: ApiRequest, secrets: string[]) {
  const text = JSON.stringify(row);
  for (const secret of [...secrets, SECRET_VALUE, "Bearer"]) expect(text).not.toContain(secret);
}

beforeAll(async () => {
  owner = await projectWithKey();
});

type Case = {
  name: string;
  status: number;
  routeId: RouteId;
  call: () => Promise<{
    secret: string;
    keyId: string;
    url: string;
    method?: string;
    body?: unknown;
    params?: Record<string, string>;
  }>;
  path: string;
};

const cases: Case[] = [
  {
    name: "a success",
    status: 200,
    routeId: "GET /api/links",
    path: "/api/links?search&page",
    call: async () => ({
      secret: owner.secret,
      keyId: owner.apiKey.id,
      url: `/api/links?search=${SECRET_VALUE}&page=1`,
    }),
  },
  {
    name: "a key without the permission",
    status: 403,
    routeId: "POST /api/tags",
    path: "/api/tags",
    call: async () => {
      const key = await newKey(["tags.read"]);
      return {
        secret: key.secret,
        keyId: key.apiKey.id,
        url: "/api/tags",
        method: "POST",
        body: { name: "t" },
      };
    },
  },
  {
    name: "an unknown resource",
    status: 404,
    routeId: "GET /api/links/{linkId}",
    path: "/api/links/lnk_missing",
    call: async () => ({
      secret: owner.secret,
      keyId: owner.apiKey.id,
      url: "/api/links/lnk_missing",
      params: { linkId: "lnk_missing" },
    }),
  },
  {
    name: "a conflict",
    status: 409,
    routeId: "POST /api/tags",
    path: "/api/tags",
    call: async () => {
      const key = await newKey(["tags.write"]);
      const body = { name: `dup-${key.apiKey.id}` };
      await callRoute(handlerFor("POST /api/tags") as never, {
        url: "/api/tags",
        method: "POST",
        secret: key.secret,
        body,
      });
      await flushRequestLog();
      return { secret: key.secret, keyId: key.apiKey.id, url: "/api/tags", method: "POST", body };
    },
  },
  {
    name: "invalid input",
    status: 422,
    routeId: "POST /api/links",
    path: "/api/links",
    call: async () => ({
      secret: owner.secret,
      keyId: owner.apiKey.id,
      url: "/api/links",
      method: "POST",
      body: { url: SECRET_VALUE },
    }),
  },
  {
    name: "a key over its rate limit",
    status: 429,
    routeId: "GET /api/oauth/userinfo",
    path: "/api/oauth/userinfo",
    call: async () => {
      const key = await newKey([]);
      for (let quota = await consumeApiQuota(key.apiKey.id); quota.allowed; )
        quota = await consumeApiQuota(key.apiKey.id);
      return { secret: key.secret, keyId: key.apiKey.id, url: "/api/oauth/userinfo" };
    },
  },
  {
    name: "an expired key",
    status: 401,
    routeId: "GET /api/oauth/userinfo",
    path: "/api/oauth/userinfo",
    call: async () => {
      const key = await newKey([], new Date(Date.now() - 60_000));
      return { secret: key.secret, keyId: key.apiKey.id, url: "/api/oauth/userinfo" };
    },
  },
  {
    name: "a revoked key",
    status: 401,
    routeId: "GET /api/oauth/userinfo",
    path: "/api/oauth/userinfo",
    call: async () => {
      const key = await newKey([]);
      const revoked = await revokeApiKey({
        projectId: owner.project.id,
        keyId: key.apiKey.id,
        actor: owner.actor,
        ipAddress: "::1",
      });
      if (!revoked.ok) throw new Error("revoke failed");
      return { secret: key.secret, keyId: key.apiKey.id, url: "/api/oauth/userinfo" };
    },
  },
  {
    name: "a rolled-out secret past its grace period",
    status: 401,
    routeId: "GET /api/oauth/userinfo",
    path: "/api/oauth/userinfo",
    call: async () => {
      const key = await newKey([]);
      const roll = {
        projectId: owner.project.id,
        keyId: key.apiKey.id,
        graceSeconds: 3600,
        actor: owner.actor,
        ipAddress: "::1",
      };
      if (!(await rollApiKey(roll))) throw new Error("roll failed");
      // The grace period is over (the old secret has not been used, so nothing of it is cached).
      await db
        .update(apiKeys)
        .set({ previousExpiresAt: new Date(Date.now() - 1_000) })
        .where(eq(apiKeys.id, key.apiKey.id));
      return { secret: key.secret, keyId: key.apiKey.id, url: "/api/oauth/userinfo" };
    },
  },
];

describe("the request log (handler wrapper)", () => {
  it.each(cases)("records $name ($status) once, with its fields and nothing secret", async (testCase) => {
    const { secret, keyId, url, method, body, params } = await testCase.call();
    const handler = handlerFor(testCase.routeId);
    if (!handler) throw new Error(`no handler for ${testCase.routeId}`);
    const response = await callRoute(handler, {
      url,
      method,
      body,
      params,
      secret,
      headers: { "user-agent": USER_AGENT, "x-forwarded-for": "203.0.113.9" },
    });
    expect(response.status).toBe(testCase.status);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    if (testCase.status >= 400) expect(response.body).toMatchObject({ error: { request_id: requestId } });

    const rows = await stored(requestId);
    expect(rows).toHaveLength(1);
    const [row] = rows as [ApiRequest];
    expect(row).toMatchObject({
      keyId,
      projectId: owner.project.id,
      method: method ?? "GET",
      routeId: testCase.routeId,
      path: testCase.path,
      status: testCase.status,
      // The peer is a trusted proxy on this host (vitest's TRUST_PROXY=loopback): the client it names.
      clientAddress: "203.0.113.9",
      userAgent: USER_AGENT,
    });
    expect(row.durationMs).toBeGreaterThanOrEqual(0);
    expect(Math.abs(row.at.getTime() - Date.now())).toBeLessThan(60_000);
    expectNothingSecret(row, [secret]);
  });

  it("records a handler's 500 with its key", async () => {
    const failing = apiRoute("GET /api/oauth/userinfo", () => {
      throw new Error("boom");
    });
    const response = await callRoute(failing, { url: "/api/oauth/userinfo", secret: owner.secret });
    expect(response.status).toBe(500);
    const requestId = response.headers.get("x-request-id");
    expect(response.body).toMatchObject({ error: { code: "internal_server_error", request_id: requestId } });
    expect(await stored(requestId)).toMatchObject([{ status: 500, keyId: owner.apiKey.id }]);
  });

  it.each([
    ["an unknown key", "Bearer codeqr_000000000000000000000000000000"],
    ["a malformed header", "Basic abc"],
    ["no key", undefined],
  ])("does not record a request with %s, but still answers with its id", async (_name, authorization) => {
    const response = await callRoute(handlerFor("GET /api/oauth/userinfo") as never, {
      url: "/api/oauth/userinfo",
      headers: authorization ? { authorization } : {},
    });
    expect([400, 401]).toContain(response.status);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).toMatchObject({ error: { request_id: requestId } });
    expect(await stored(requestId)).toEqual([]);
  });

  it("leaves the Dub SDK reading an error with its request id as its typed error", async () => {
    const error = await dubClient(owner.secret)
      .links.get({ linkId: "lnk_missing" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as NotFound).error).toMatchObject({ code: "not_found", message: "Link not found." });
    const requestId = (error as NotFound).rawResponse.headers.get("x-request-id");
    expect((error as NotFound).body).toContain(`"request_id":"${requestId}"`);
  });

  it("gives a public route's answer an id and records nothing", async () => {
    const response = await callRoute(handlerFor("GET /api/qr") as never, {
      url: "/api/qr?url=https://example.com",
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await stored(requestId)).toEqual([]);
  });
});

/** A request as Next hands it to proxy.ts, from a client behind the trusted local proxy. */
function proxied(url: string, secret: string) {
  return new NextRequest(new URL(url, "http://localhost:3000"), {
    headers: { authorization: `Bearer ${secret}`, [PEER_HEADER]: "127.0.0.1", "user-agent": USER_AGENT },
  });
}

describe("the request log (proxy)", () => {
  it.each([
    ["a key without the permission", 403, async () => (await newKey([])).secret],
    ["an expired key", 401, async () => (await newKey([], new Date(Date.now() - 60_000))).secret],
  ] as const)("records %s refused by the proxy, with the id it answered", async (_name, status, secretOf) => {
    const secret = await secretOf();
    const response = await guardApiRequest(proxied("/api/links?page=2", secret), "/api/links");
    expect(response.status).toBe(status);
    const requestId = response.headers.get("x-request-id");
    expect(((await response.json()) as { error: { request_id: string } }).error.request_id).toBe(requestId);
    const [row, ...others] = await stored(requestId);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      status,
      routeId: "GET /api/links",
      path: "/api/links?page",
      userAgent: USER_AGENT,
    });
    expectNothingSecret(row as ApiRequest, [secret]);
  });

  it("records a request it lets through once, by the handler, under the proxy's id", async () => {
    const key = await newKey(["links.read"]);
    const passed = await guardApiRequest(proxied("/api/links", key.secret), "/api/links");
    // What Next forwards to the route: the request headers the proxy set (its receipt among them).
    const headers = new Headers({ authorization: `Bearer ${key.secret}`, "user-agent": USER_AGENT });
    for (const name of passed.headers.get("x-middleware-override-headers")?.split(",") ?? []) {
      headers.set(name, passed.headers.get(`x-middleware-request-${name}`) ?? "");
    }
    const receipt = headers.get("x-codeqr-proxy-receipt") ?? "";
    expect(receipt).not.toBe("");
    const response = await callRoute(handlerFor("GET /api/links") as never, {
      url: "/api/links",
      headers: Object.fromEntries(headers),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(receipt).toContain(`.${requestId}.`);
    await flushRequestLog();
    const rows = await db.select().from(apiRequests).where(eq(apiRequests.keyId, key.apiKey.id));
    expect(rows).toMatchObject([{ requestId, status: 200, routeId: "GET /api/links" }]);
  });

  it("answers an unknown path with an id in the header and the body", async () => {
    const response = await guardApiRequest(proxied("/api/nothing-here", owner.secret), "/api/nothing-here");
    expect(response.status).toBe(404);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as { error: { request_id: string } }).error.request_id).toBe(requestId);
  });
});
