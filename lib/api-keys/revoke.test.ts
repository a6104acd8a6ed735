import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { getApiKey, MAX_ACTIVE_KEYS_PER_PROJECT } from "@/db/queries/api-keys";
import { countActiveApiKeys } from "@/db/queries/api-keys/manage";
import { listAuditLog } from "@/db/queries/audit-log";
import { listMembers } from "@/db/queries/members";
import { apiKeys, users } from "@/db/schema";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { createApiKey, revokeApiKey, rollApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { PERMISSIONS } from "@/lib/api-keys/permissions";
import { pruneRequestLog } from "@/lib/request-log/retention";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { cachedApiKey } from "./cache";
import { verifyApiKey } from "./verify";

setupTestDatabase();

const DAY_MS = 86_400_000;
const bearer = (secret: string) => `Bearer ${secret}`;

async function newKey(
  owner: "self" | "machine" = "self",
  base?: Awaited<ReturnType<typeof ownerWithProject>>,
) {
  const setup = base ?? (await ownerWithProject());
  const created = await createApiKey({
    projectId: setup.project.id,
    name: owner === "machine" ? "Deploy bot" : "CI",
    scopes: [...PERMISSIONS],
    expiresAt: null,
    owner,
    actor: setup.actor,
    ipAddress: setup.ipAddress,
  });
  if (!created.ok) throw new Error("key not created");
  const ref = { projectId: setup.project.id, keyId: created.apiKey.id };
  return { ...setup, ...created, ref, audit: { actor: setup.actor, ipAddress: setup.ipAddress } };
}

describe("revokeApiKey", () => {
  it("keeps the key, marked revoked with who and why, beside its audit entry", async () => {
    const { ref, audit, actor, apiKey, project } = await newKey();
    const revoked = await revokeApiKey({ ...ref, ...audit, reason: "leaked" });
    expect(revoked).toMatchObject({
      ok: true,
      machineUserDeleted: false,
      apiKey: { id: apiKey.id, revokedBy: { id: actor.id, name: actor.name }, revokeReason: "leaked" },
    });
    const listed = await getApiKey(ref);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries.find((entry) => entry.action === "api_key.revoked")).toMatchObject({
      targetId: apiKey.id,
      actorId: actor.id,
      metadata: { key: apiKey.displayKey, reason: "leaked" },
    });
  });

  it("a plain revoke records no reason, and the name outlives the person who revoked", async () => {
    const { ref, audit, actor } = await newKey();
    await revokeApiKey({ ...ref, ...audit });
    await db.update(apiKeys).set({ revokedById: null }).where(eq(apiKeys.id, ref.keyId));
    expect(await getApiKey(ref)).toMatchObject({
      revokedBy: { id: null, name: actor.name },
      revokeReason: null,
    });
  });

  it("revoking twice is refused; a revoked key can be neither edited nor rolled", async () => {
    const { ref, audit } = await newKey();
    expect(await revokeApiKey({ ...ref, ...audit })).toMatchObject({ ok: true });
    expect(await revokeApiKey({ ...ref, ...audit })).toEqual({ ok: false, reason: "already_revoked" });
    expect(await updateApiKey({ ...ref, ...audit, name: "again", scopes: [], expiresAt: null })).toBeNull();
    expect(await rollApiKey({ ...ref, ...audit, graceSeconds: 0 })).toBeNull();
    expect(await getApiKey(ref)).toMatchObject({ name: "CI" });
  });

  it("the cache refuses a revoked key from the next request on, and then keeps refusing it from memory", async () => {
    const { ref, audit, secret } = await newKey();
    await verifyApiKey(bearer(secret));
    expect(cachedApiKey(hashApiKey(secret))?.revokedAt).toBeNull();
    await revokeApiKey({ ...ref, ...audit });
    const revoked = () => verifyApiKey(bearer(secret)).catch((error: Error) => error.message);
    expect(await revoked()).toBe("This API key has been revoked.");
    // On PostgreSQL our own NOTIFY may drop the entry once more; it is cached again on the next lookup.
    await expect
      .poll(async () => (await revoked()) && cachedApiKey(hashApiKey(secret))?.revokedAt)
      .toBeInstanceOf(Date);
  });

  it("a machine key's machine user leaves People but stays the revoked key's owner", async () => {
    const { ref, audit, apiKey, project } = await newKey("machine");
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).toContain(apiKey.owner.id);
    expect(await revokeApiKey({ ...ref, ...audit })).toMatchObject({ ok: true, machineUserDeleted: true });
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).not.toContain(apiKey.owner.id);
    expect(await getApiKey(ref)).toMatchObject({ owner: { name: "Deploy bot (machine)", isMachine: true } });
    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries.find((entry) => entry.action === "machine_user.deleted")).toMatchObject({
      targetId: apiKey.owner.id,
    });
  });
});

describe("the cap of active keys", () => {
  const minute = 60_000;
  it.each([
    { name: "an active key", revoked: false, expiresInMs: null, counts: true },
    { name: "a key that expires later", revoked: false, expiresInMs: minute, counts: true },
    { name: "an expired key", revoked: false, expiresInMs: -minute, counts: false },
    { name: "a revoked key", revoked: true, expiresInMs: null, counts: false },
    { name: "a revoked key that would expire later", revoked: true, expiresInMs: minute, counts: false },
  ])("$name counts: $counts", async ({ revoked, expiresInMs, counts }) => {
    const { project } = await ownerWithProject();
    const { user } = await ownerWithProject();
    const secret = generateSecretKey();
    await db.insert(apiKeys).values({
      id: `key_cap_${project.id}`,
      projectId: project.id,
      userId: user.id,
      name: "k",
      hash: hashApiKey(secret),
      displayKey: displayKey(secret),
      scopes: [],
      expiresAt: expiresInMs === null ? null : new Date(Date.now() + expiresInMs),
      revokedAt: revoked ? new Date() : null,
    });
    expect(await countActiveApiKeys({ projectId: project.id })).toBe(counts ? 1 : 0);
  });

  it(`a project at ${MAX_ACTIVE_KEYS_PER_PROJECT} keys, one of them revoked, can create another`, async () => {
    const first = await newKey();
    const rows = Array.from({ length: MAX_ACTIVE_KEYS_PER_PROJECT - 1 }, (_, i) => {
      const secret = generateSecretKey();
      return {
        id: `key_full_${first.project.id}_${i}`,
        projectId: first.project.id,
        userId: first.user.id,
        name: `k${i}`,
        hash: hashApiKey(secret),
        displayKey: displayKey(secret),
        scopes: ["links.read"],
      };
    });
    await db.insert(apiKeys).values(rows);
    const create = () =>
      createApiKey({
        projectId: first.project.id,
        name: "one more",
        scopes: [],
        expiresAt: null,
        owner: "self",
        ...first.audit,
      });
    expect(await create()).toEqual({ ok: false, reason: "limit" });
    await revokeApiKey({ ...first.ref, ...first.audit });
    expect(await create()).toMatchObject({ ok: true });
  });
});

describe("ageing out", () => {
  it("deletes keys revoked or expired longer ago than the retention, with their machine users", async () => {
    const now = new Date();
    const longAgo = new Date(now.getTime() - 31 * DAY_MS);
    const recently = new Date(now.getTime() - 29 * DAY_MS);
    const base = await ownerWithProject();
    const oldRevoked = await newKey("machine", base);
    const oldExpired = await newKey("self", base);
    const newRevoked = await newKey("self", base);
    const newExpired = await newKey("self", base);
    const active = await newKey("self", base);
    for (const key of [oldRevoked, newRevoked]) await revokeApiKey({ ...key.ref, ...key.audit });
    const set = (keyId: string, values: Partial<typeof apiKeys.$inferInsert>) =>
      db.update(apiKeys).set(values).where(eq(apiKeys.id, keyId));
    await set(oldRevoked.ref.keyId, { revokedAt: longAgo });
    await set(newRevoked.ref.keyId, { revokedAt: recently });
    await set(oldExpired.ref.keyId, { expiresAt: longAgo });
    await set(newExpired.ref.keyId, { expiresAt: recently });

    const pruned = await pruneRequestLog({ now, retentionDays: 30, pauseMs: 0 });
    expect(pruned.keys).toBeGreaterThanOrEqual(2);
    expect(await getApiKey(oldRevoked.ref)).toBeNull();
    expect(await getApiKey(oldExpired.ref)).toBeNull();
    for (const kept of [newRevoked, newExpired, active]) expect(await getApiKey(kept.ref)).not.toBeNull();
    expect(await db.select().from(users).where(eq(users.id, oldRevoked.apiKey.owner.id))).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, base.user.id))).toHaveLength(1);
  });
});
