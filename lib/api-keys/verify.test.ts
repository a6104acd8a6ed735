import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { MAX_ACTIVE_KEYS_PER_PROJECT } from "@/db/queries/api-keys";
import { apiKeys, projectMemberships, users } from "@/db/schema";
import type { ApiError } from "@/lib/api/errors";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { publishKeyChange } from "@/lib/api-keys/invalidation";
import { createApiKey, revokeApiKey, rollApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { PERMISSIONS } from "@/lib/api-keys/permissions";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { RefusedKeyError, verifyApiKey } from "./verify";

setupTestDatabase();

const bearer = (secret: string) => `Bearer ${secret}`;

async function refusal(authorization: string | null): Promise<{ code: string; message: string }> {
  try {
    await verifyApiKey(authorization);
  } catch (error) {
    return { code: (error as ApiError).code, message: (error as ApiError).message };
  }
  throw new Error("expected the key to be refused");
}

async function newKey(input: Partial<Parameters<typeof createApiKey>[0]> = {}) {
  const owner = await ownerWithProject();
  const created = await createApiKey({
    projectId: owner.project.id,
    name: "CI",
    scopes: [...PERMISSIONS],
    expiresAt: null,
    owner: "self",
    actor: owner.actor,
    ipAddress: owner.ipAddress,
    ...input,
  });
  if (!created.ok) throw new Error("key not created");
  return { ...owner, ...created };
}

describe("verifyApiKey", () => {
  it("accepts a new key and reports its project and effective permissions", async () => {
    const { secret, project, apiKey } = await newKey();
    const key = await verifyApiKey(bearer(secret));
    expect(key).toMatchObject({ id: apiKey.id, project: { id: project.id, slug: project.slug } });
    expect(key.permissions).toEqual([...PERMISSIONS]);
  });

  it("never stores the secret: only its hash and display form", async () => {
    const { secret, apiKey } = await newKey();
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row?.hash).toBe(hashApiKey(secret));
    expect(row?.displayKey).toBe(displayKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it.each([
    [null, "unauthorized"],
    ["", "unauthorized"],
    ["Basic abc", "bad_request"],
    ["Bearer", "bad_request"],
    ["Bearer codeqr_notachecksum000000000000000000", "unauthorized"],
    [`Bearer ${generateSecretKey()}`, "unauthorized"],
  ])("refuses %j with %s", async (header, code) => {
    expect((await refusal(header)).code).toBe(code);
  });

  it("refuses a revoked key on the very next request, naming the key", async () => {
    const { secret, project, apiKey, actor } = await newKey();
    expect((await verifyApiKey(bearer(secret))).id).toBe(apiKey.id);
    await revokeApiKey({ projectId: project.id, keyId: apiKey.id, actor, ipAddress: "127.0.0.1" });
    const error = await verifyApiKey(bearer(secret)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RefusedKeyError);
    expect(error).toMatchObject({
      code: "unauthorized",
      message: "This API key has been revoked.",
      key: { id: apiKey.id },
    });
  });

  it("a revoked key's rolled-out secret stops too, though its grace period had not ended", async () => {
    const { secret: first, project, apiKey, actor } = await newKey();
    const rolled = await rollApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      graceSeconds: 3600,
      actor,
      ipAddress: "::1",
    });
    if (!rolled) throw new Error("roll failed");
    await revokeApiKey({ projectId: project.id, keyId: apiKey.id, actor, ipAddress: "::1" });
    expect((await refusal(bearer(rolled.secret))).message).toBe("This API key has been revoked.");
    expect(await refusal(bearer(first))).toEqual({ code: "unauthorized", message: "Invalid API key." });
  });

  it("refuses an expired key", async () => {
    const { secret } = await newKey({ expiresAt: new Date(Date.now() - 1000) });
    expect((await refusal(bearer(secret))).message).toBe("This API key has expired.");
  });

  it("a roll with a grace period keeps both secrets working; a roll 'now' stops the old one at once", async () => {
    const { secret: first, project, apiKey, actor } = await newKey();
    const graceful = await rollApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      graceSeconds: 3600,
      actor,
      ipAddress: "::1",
    });
    if (!graceful) throw new Error("roll failed");
    expect((await verifyApiKey(bearer(first))).id).toBe(apiKey.id);
    expect((await verifyApiKey(bearer(graceful.secret))).id).toBe(apiKey.id);

    const immediate = await rollApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      graceSeconds: 0,
      actor,
      ipAddress: "::1",
    });
    if (!immediate) throw new Error("roll failed");
    expect((await refusal(bearer(graceful.secret))).code).toBe("unauthorized");
    expect((await refusal(bearer(first))).code).toBe("unauthorized");
    expect((await verifyApiKey(bearer(immediate.secret))).id).toBe(apiKey.id);
  });

  it("an old secret stops once its grace period is over", async () => {
    const { secret, project, apiKey, actor } = await newKey();
    await rollApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      graceSeconds: 3600,
      actor,
      ipAddress: "::1",
    });
    const later = Date.now() + 3601 * 1000;
    await expect(verifyApiKey(bearer(secret), later)).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("effective permissions follow the owner's current role (member: no domains.write)", async () => {
    const { secret, project, user } = await newKey();
    // Written directly here, so announced as the app's own role change would be (see cache.test.ts).
    await db.update(projectMemberships).set({ role: "member" }).where(eq(projectMemberships.userId, user.id));
    await publishKeyChange({ projectId: project.id });
    const key = await verifyApiKey(bearer(secret));
    expect(key.permissions).not.toContain("domains.write");
    expect(key.permissions).toContain("links.write");
    await db.delete(projectMemberships).where(eq(projectMemberships.projectId, project.id));
    await publishKeyChange({ projectId: project.id });
    expect((await refusal(bearer(secret))).code).toBe("unauthorized");
  });

  it("an edited key is checked with its new permissions on the next request", async () => {
    const { secret, project, apiKey, actor } = await newKey();
    await updateApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      name: "RO",
      scopes: ["links.read"],
      expiresAt: null,
      actor,
      ipAddress: "::1",
    });
    expect((await verifyApiKey(bearer(secret))).permissions).toEqual(["links.read"]);
    await updateApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      name: "none",
      scopes: [],
      expiresAt: null,
      actor,
      ipAddress: "::1",
    });
    expect((await verifyApiKey(bearer(secret))).permissions).toEqual([]);
  });
});

describe("machine users", () => {
  it("a machine key acts as owner; revoking it takes the machine user out of the project", async () => {
    const { secret, project, apiKey, actor } = await newKey({ owner: "machine", name: "Deploy bot" });
    expect(apiKey.owner).toMatchObject({ isMachine: true, name: "Deploy bot (machine)", email: null });
    expect((await verifyApiKey(bearer(secret))).permissions).toContain("domains.write");
    expect(
      await revokeApiKey({ projectId: project.id, keyId: apiKey.id, actor, ipAddress: "::1" }),
    ).toMatchObject({
      ok: true,
      machineUserDeleted: true,
      apiKey: { owner: { name: "Deploy bot (machine)" } },
    });
    const memberships = await db
      .select()
      .from(projectMemberships)
      .where(eq(projectMemberships.userId, apiKey.owner.id));
    expect(memberships).toEqual([]);
    expect((await refusal(bearer(secret))).message).toBe("This API key has been revoked.");
  });

  it("deleting the machine user deletes its key", async () => {
    const { secret, apiKey } = await newKey({ owner: "machine" });
    await db.delete(users).where(eq(users.id, apiKey.owner.id));
    expect((await refusal(bearer(secret))).code).toBe("unauthorized");
  });
});

describe("limits and scoping", () => {
  it(`refuses the ${MAX_ACTIVE_KEYS_PER_PROJECT + 1}st active key of a project`, async () => {
    const { project, user } = await newKey();
    const rows = Array.from({ length: MAX_ACTIVE_KEYS_PER_PROJECT - 1 }, (_, i) => {
      const secret = generateSecretKey();
      return {
        id: `key_fill_${project.id}_${i}`,
        projectId: project.id,
        userId: user.id,
        name: `k${i}`,
        hash: hashApiKey(secret),
        displayKey: displayKey(secret),
        scopes: ["links.read"],
      };
    });
    await db.insert(apiKeys).values(rows);
    const refused = await createApiKey({
      projectId: project.id,
      name: "one too many",
      scopes: [],
      expiresAt: null,
      owner: "self",
      actor: { id: user.id, name: user.name },
      ipAddress: "::1",
    });
    expect(refused).toEqual({ ok: false, reason: "limit" });
  });

  it("a key of another project cannot be edited, rolled or revoked through this project", async () => {
    const mine = await newKey();
    const theirs = await newKey();
    const input = {
      projectId: mine.project.id,
      keyId: theirs.apiKey.id,
      actor: mine.actor,
      ipAddress: "::1",
    };
    expect(await revokeApiKey(input)).toEqual({ ok: false, reason: "not_found" });
    expect(await rollApiKey({ ...input, graceSeconds: 0 })).toBeNull();
    expect(await updateApiKey({ ...input, name: "x", scopes: [], expiresAt: null })).toBeNull();
    expect((await verifyApiKey(bearer(theirs.secret))).id).toBe(theirs.apiKey.id);
  });
});
