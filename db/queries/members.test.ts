import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { projectMemberships } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/manage";
import { setupTestDatabase, unique } from "@/test/database";
import { getApiKey } from "./api-keys";
import { listAuditLog } from "./audit-log";
import { countSeats, deleteMember, listMembers, updateMemberRole } from "./members";
import { createProject } from "./projects";
import { createUser } from "./users";

setupTestDatabase();

const ip = "203.0.113.7";

async function newUser(name: string) {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return user;
}

async function newProject(owner: { id: string }) {
  const project = await createProject({ name: "Acme", slug: unique("acme"), ownerId: owner.id });
  if (!project) throw new Error("project not created");
  return project;
}

async function join(projectId: string, userId: string, role: "owner" | "member") {
  await db.insert(projectMemberships).values({ projectId, userId, role });
}

async function newKey(projectId: string, actor: { id: string; name: string }, owner: "self" | "machine") {
  const result = await createApiKey({
    projectId,
    name: unique("key"),
    scopes: ["links.read"],
    expiresAt: null,
    owner,
    actor,
    ipAddress: ip,
  });
  if (!result.ok) throw new Error("key not created");
  return result.apiKey;
}

async function auditActions(projectId: string) {
  return (await listAuditLog({ projectId, page: 1, pageSize: 100 })).entries;
}

describe("listMembers", () => {
  it("lists people by join date, then machine users, with role and badge data", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const project = await newProject(ada);
    const machineKey = await newKey(project.id, ada, "machine");
    await join(project.id, bob.id, "member");
    const members = await listMembers({ projectId: project.id });
    expect(members.map((m) => [m.id, m.role, m.isMachine])).toEqual([
      [ada.id, "owner", false],
      [bob.id, "member", false],
      [machineKey.owner.id, "owner", true],
    ]);
    expect(members[1]).toMatchObject({ name: "bob", email: bob.email });
    expect(members[1]?.joinedAt).toBeInstanceOf(Date);
  });
});

describe("the last human owner", () => {
  it("can be neither demoted nor removed nor leave, even with a machine owner in the project", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const project = await newProject(ada);
    await newKey(project.id, ada, "machine");
    await join(project.id, bob.id, "member");
    const base = { projectId: project.id, userId: ada.id, ipAddress: ip };

    expect(await updateMemberRole({ ...base, role: "member", actor: ada })).toEqual({
      ok: false,
      reason: "last_owner",
    });
    expect(await deleteMember({ ...base, actor: bob, reason: "removed" })).toEqual({
      ok: false,
      reason: "last_owner",
    });
    expect(await deleteMember({ ...base, actor: ada, reason: "left" })).toEqual({
      ok: false,
      reason: "last_owner",
    });
    const members = await listMembers({ projectId: project.id });
    expect(members.find((m) => m.id === ada.id)?.role).toBe("owner");
  });

  it("may step down once another person is owner, and the audit log records from and to", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const project = await newProject(ada);
    await join(project.id, bob.id, "member");
    const promote = await updateMemberRole({
      projectId: project.id,
      userId: bob.id,
      role: "owner",
      actor: ada,
      ipAddress: ip,
    });
    expect(promote).toMatchObject({ ok: true, member: { id: bob.id, role: "owner" } });
    const demote = await updateMemberRole({
      projectId: project.id,
      userId: ada.id,
      role: "member",
      actor: ada,
      ipAddress: ip,
    });
    expect(demote).toMatchObject({ ok: true, member: { role: "member" } });
    // Now bob is the last one.
    expect(
      await updateMemberRole({
        projectId: project.id,
        userId: bob.id,
        role: "member",
        actor: bob,
        ipAddress: ip,
      }),
    ).toEqual({ ok: false, reason: "last_owner" });

    const changes = (await auditActions(project.id)).filter((e) => e.action === "member.role_changed");
    expect(changes.map((e) => [e.targetId, e.metadata?.from, e.metadata?.to, e.ipAddress]).sort()).toEqual(
      [
        [ada.id, "owner", "member", ip],
        [bob.id, "member", "owner", ip],
      ].sort(),
    );
  });

  it("survives concurrent demotions: exactly one of two owners steps down", async () => {
    // Several projects at once, so that the two demotions of each really overlap on PostgreSQL.
    const runs = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const [ada, bob] = [await newUser("ada"), await newUser("bob")];
        const project = await newProject(ada);
        await join(project.id, bob.id, "owner");
        const demote = (userId: string) =>
          updateMemberRole({ projectId: project.id, userId, role: "member", actor: ada, ipAddress: ip });
        const results = await Promise.all([demote(ada.id), demote(bob.id)]);
        const owners = (await listMembers({ projectId: project.id })).filter((m) => m.role === "owner");
        return { passed: results.filter((r) => r.ok).length, owners: owners.length };
      }),
    );
    expect(runs).toEqual(Array.from({ length: 8 }, () => ({ passed: 1, owners: 1 })));
  });
});

describe("removeMember", () => {
  it("revokes the person's keys in that project only (kept, with the reason), and audits it", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const [acme, other] = [await newProject(ada), await newProject(ada)];
    await join(acme.id, bob.id, "member");
    await join(other.id, bob.id, "member");
    const acmeKey = await newKey(acme.id, bob, "self");
    const otherKey = await newKey(other.id, bob, "self");
    const adaKey = await newKey(acme.id, ada, "self");

    const result = await deleteMember({
      projectId: acme.id,
      userId: bob.id,
      actor: ada,
      ipAddress: ip,
      reason: "removed",
    });
    expect(result).toEqual({ ok: true, machineUserDeleted: false, revokedKeys: 1 });
    expect(await getApiKey({ projectId: acme.id, keyId: acmeKey.id })).toMatchObject({
      revokedAt: expect.any(Date),
      revokedBy: { id: ada.id, name: ada.name },
      revokeReason: "owner was removed",
    });
    expect(await getApiKey({ projectId: other.id, keyId: otherKey.id })).toMatchObject({ revokedAt: null });
    expect(await getApiKey({ projectId: acme.id, keyId: adaKey.id })).toMatchObject({ revokedAt: null });
    expect((await listMembers({ projectId: acme.id })).map((m) => m.id)).toEqual([ada.id]);
    expect((await listMembers({ projectId: other.id })).map((m) => m.id)).toContain(bob.id);

    const entries = await auditActions(acme.id);
    expect(entries.find((e) => e.action === "member.removed")).toMatchObject({
      actorId: ada.id,
      targetId: bob.id,
      metadata: { role: "member", revokedKeys: 1 },
    });
    expect(entries.find((e) => e.action === "api_key.revoked")).toMatchObject({
      targetId: acmeKey.id,
      metadata: { key: acmeKey.displayKey, reason: "owner was removed" },
    });
  });

  it("records a person leaving as member.left, their keys revoked as 'owner left the project'", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const project = await newProject(ada);
    await join(project.id, bob.id, "owner");
    const adaKey = await newKey(project.id, ada, "self");
    const result = await deleteMember({
      projectId: project.id,
      userId: ada.id,
      actor: ada,
      ipAddress: ip,
      reason: "left",
    });
    expect(result).toMatchObject({ ok: true });
    // member.left and the key's revocation share a transaction, hence a timestamp: find the entry by its action.
    const entries = await auditActions(project.id);
    expect(entries.find((e) => e.action === "member.left")).toMatchObject({
      actorId: ada.id,
      targetId: ada.id,
    });
    expect(await getApiKey({ projectId: project.id, keyId: adaKey.id })).toMatchObject({
      revokedBy: { id: ada.id, name: ada.name },
      revokeReason: "owner left the project",
    });
  });

  it("takes a machine user out of the project with its key revoked, and refuses to change its role", async () => {
    const ada = await newUser("ada");
    const project = await newProject(ada);
    const key = await newKey(project.id, ada, "machine");
    const machineId = key.owner.id;

    expect(
      await updateMemberRole({
        projectId: project.id,
        userId: machineId,
        role: "member",
        actor: ada,
        ipAddress: ip,
      }),
    ).toEqual({ ok: false, reason: "machine_user" });

    const result = await deleteMember({
      projectId: project.id,
      userId: machineId,
      actor: ada,
      ipAddress: ip,
      reason: "removed",
    });
    expect(result).toEqual({ ok: true, machineUserDeleted: true, revokedKeys: 1 });
    // Gone from People and from every count; its row stays as the revoked key's owner name.
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).toEqual([ada.id]);
    expect(await countSeats({ projectId: project.id })).toBe(1);
    expect(await getApiKey({ projectId: project.id, keyId: key.id })).toMatchObject({
      owner: { id: machineId, name: key.owner.name, isMachine: true },
      revokeReason: "machine user deleted",
    });

    const entries = await auditActions(project.id);
    expect(entries.find((e) => e.action === "machine_user.deleted")).toMatchObject({ targetId: machineId });
    expect(entries.find((e) => e.action === "api_key.revoked")).toMatchObject({
      targetId: key.id,
      targetName: key.name,
      metadata: { key: key.displayKey },
    });
  });

  it("does not find members of another project", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const [acme, other] = [await newProject(ada), await newProject(bob)];
    const input = { projectId: acme.id, userId: bob.id, actor: ada, ipAddress: ip };
    expect(await deleteMember({ ...input, reason: "removed" })).toEqual({ ok: false, reason: "not_found" });
    expect(await updateMemberRole({ ...input, role: "member" })).toEqual({ ok: false, reason: "not_found" });
    const [membership] = await db
      .select()
      .from(projectMemberships)
      .where(and(eq(projectMemberships.projectId, other.id), eq(projectMemberships.userId, bob.id)));
    expect(membership?.role).toBe("owner");
  });
});
