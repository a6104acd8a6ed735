import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { type ApiRequest, apiRequests, auditLogs } from "@/db/schema";
import type { ApiError } from "@/lib/api/errors";
import { parseAllowlist } from "@/lib/api-keys/ip-allowlist";
import { createApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { verifyApiKey } from "@/lib/api-keys/verify";
import { PEER_HEADER } from "@/lib/client-address";
import { flushRequestLog } from "@/lib/request-log";
import { callRoute } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { handlerFor } from "@/test/route-handlers";

setupTestDatabase();

type Owner = Awaited<ReturnType<typeof ownerWithProject>>;
let owner: Owner;

beforeAll(async () => {
  owner = await ownerWithProject();
});

function entries(text: string): string[] {
  const parsed = parseAllowlist(text);
  if (!parsed.ok) throw new Error(parsed.errors.join(" "));
  return parsed.entries;
}

async function keyAllowing(text: string) {
  const created = await createApiKey({
    projectId: owner.project.id,
    name: "allowlisted",
    scopes: [],
    expiresAt: null,
    allowedIps: entries(text),
    owner: "self",
    actor: owner.actor,
    ipAddress: owner.ipAddress,
  });
  if (!created.ok) throw new Error("key not created");
  return created;
}

/** GET /api/oauth/userinfo (any key may call it) from `client`, through a trusted proxy on this host. */
function callFrom(secret: string, client: string, peer = "127.0.0.1") {
  const handler = handlerFor("GET /api/oauth/userinfo");
  if (!handler) throw new Error("no userinfo handler");
  const headers: Record<string, string> = { [PEER_HEADER]: peer };
  if (client !== peer) headers["x-forwarded-for"] = client;
  return callRoute(handler, { url: "/api/oauth/userinfo", secret, headers });
}

async function logged(requestId: string | null): Promise<ApiRequest[]> {
  await flushRequestLog();
  return db
    .select()
    .from(apiRequests)
    .where(eq(apiRequests.requestId, requestId ?? ""));
}

const ALLOWLIST = "203.0.113.7\n10.0.0.0/8\n2001:db8::/32\n127.0.0.1";

describe("a key's IP allowlist", () => {
  it.each([
    ["a listed address", "203.0.113.7"],
    ["an address in a listed CIDR range", "10.20.30.40"],
    ["an IPv6 address in a listed range", "2001:db8:5::1"],
  ])("lets %s through (%s)", async (_name, client) => {
    const { secret } = await keyAllowing(ALLOWLIST);
    expect((await callFrom(secret, client)).status).toBe(200);
  });

  it("matches the IPv4-mapped form of a listed IPv4 peer", async () => {
    const { secret } = await keyAllowing(ALLOWLIST);
    expect((await callFrom(secret, "::ffff:127.0.0.1", "::ffff:127.0.0.1")).status).toBe(200);
  });

  it.each([["198.51.100.1"], ["2001:db9::1"]])(
    "refuses a request from %s with a 403 naming it, recorded with the key",
    async (client) => {
      const { secret, apiKey } = await keyAllowing(ALLOWLIST);
      const response = await callFrom(secret, client);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        error: { code: "forbidden", message: `Requests from ${client} are not allowed for this API key.` },
      });
      const requestId = response.headers.get("x-request-id");
      expect(await logged(requestId)).toMatchObject([
        { status: 403, keyId: apiKey.id, clientAddress: client },
      ]);
    },
  );

  it("refuses a key with an allowlist when the client address is not known", async () => {
    const { secret } = await keyAllowing(ALLOWLIST);
    const refusal = await verifyApiKey(`Bearer ${secret}`).catch((error: ApiError) => error);
    expect(refusal).toMatchObject({
      code: "forbidden",
      message: "Requests from unknown are not allowed for this API key.",
    });
  });

  it("lets any address use a key without an allowlist", async () => {
    const { secret } = await keyAllowing("");
    expect((await callFrom(secret, "198.51.100.1")).status).toBe(200);
    expect((await verifyApiKey(`Bearer ${secret}`)).name).toBe("allowlisted");
  });

  it("takes an edited allowlist on the next request, and audits it", async () => {
    const { secret, apiKey } = await keyAllowing("203.0.113.7");
    expect((await callFrom(secret, "198.51.100.1")).status).toBe(403);

    const updated = await updateApiKey({
      projectId: owner.project.id,
      keyId: apiKey.id,
      name: apiKey.name,
      scopes: [],
      expiresAt: null,
      allowedIps: entries("203.0.113.7\n198.51.100.0/24"),
      actor: owner.actor,
      ipAddress: owner.ipAddress,
    });
    expect(updated?.allowedIps).toEqual(["203.0.113.7/32", "198.51.100.0/24"]);
    expect((await callFrom(secret, "198.51.100.1")).status).toBe(200);
    expect((await callFrom(secret, "192.0.2.1")).status).toBe(403);

    const audited = await db
      .select({ action: auditLogs.action, metadata: auditLogs.metadata })
      .from(auditLogs)
      .where(and(eq(auditLogs.projectId, owner.project.id), eq(auditLogs.targetId, apiKey.id)))
      .orderBy(auditLogs.createdAt);
    expect(audited).toMatchObject([
      { action: "api_key.created", metadata: { allowedIps: ["203.0.113.7/32"] } },
      { action: "api_key.updated", metadata: { allowedIps: ["203.0.113.7/32", "198.51.100.0/24"] } },
    ]);
  });

  it("keeps the allowlist when an edit does not send one", async () => {
    const { secret, apiKey } = await keyAllowing("203.0.113.7");
    const edit = { projectId: owner.project.id, keyId: apiKey.id, scopes: [], expiresAt: null };
    const updated = await updateApiKey({ ...edit, name: "renamed", actor: owner.actor, ipAddress: "::1" });
    expect(updated?.allowedIps).toEqual(["203.0.113.7/32"]);
    expect((await callFrom(secret, "198.51.100.1")).status).toBe(403);
  });
});
