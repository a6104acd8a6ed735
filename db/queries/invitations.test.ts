import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditLogs, invitations, projectMemberships } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/manage";
import { setupTestDatabase, unique } from "@/test/database";
import { listAuditLog } from "./audit-log";
import { acceptInvitation, getInvitationByToken } from "./invitation-accept";
import {
  createInvitation,
  hashInvitationToken,
  listPendingInvitations,
  regenerateInvitationLink,
  revokeInvitation,
} from "./invitations";
import { countSeats, listMembers } from "./members";
import { createProject } from "./projects";
import { createUser } from "./users";

setupTestDatabase();

const ip = "198.51.100.4";

async function newUser(name: string) {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return user;
}

async function setup() {
  const ada = await newUser("ada");
  const project = await createProject({ name: "Acme", slug: unique("acme"), ownerId: ada.id });
  if (!project) throw new Error("project not created");
  const invite = async (email: string, role: "owner" | "member" = "member", seatLimit = 10) =>
    createInvitation({ projectId: project.id, email, role, invitedBy: ada, ipAddress: ip, seatLimit });
  return { ada, project, invite };
}

async function invited(result: Awaited<ReturnType<typeof createInvitation>>) {
  if (!result.ok) throw new Error(`invitation refused: ${result.reason}`);
  return result;
}

async function expire(invitationId: string) {
  await db
    .update(invitations)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(invitations.id, invitationId));
}

describe("createInvitation", () => {
  it("stores only the token's SHA-256, expires in 7 days and never audits the token", async () => {
    const { project, invite } = await setup();
    const { invitation, token } = await invited(await invite(`${unique("Eve")}@Example.com`, "owner"));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation.email).toBe(invitation.email.toLowerCase());
    expect(invitation.role).toBe("owner");

    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = ((row?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const audit = await db.select().from(auditLogs).where(eq(auditLogs.projectId, project.id));
    expect(audit.map((e) => e.action)).toContain("member.invited");
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(hashInvitationToken(token));
  });

  it("refuses members and pending invitations of the same address, in any letter case", async () => {
    const { ada, invite } = await setup();
    expect(await invite(ada.email?.toUpperCase() ?? "")).toEqual({ ok: false, reason: "already_member" });
    const email = `${unique("eve")}@example.com`;
    await invited(await invite(email));
    expect(await invite(email.toUpperCase())).toEqual({ ok: false, reason: "already_invited" });
  });

  it("counts people and pending invitations against the seat limit, never machine users", async () => {
    const { ada, project, invite } = await setup();
    await createApiKey({
      projectId: project.id,
      name: "CI",
      scopes: [],
      expiresAt: null,
      owner: "machine",
      actor: ada,
      ipAddress: ip,
    });
    const limit = 3;
    const first = await invited(await invite(`${unique("a")}@example.com`, "member", limit));
    await invited(await invite(`${unique("b")}@example.com`, "member", limit));
    expect(await countSeats({ projectId: project.id })).toBe(3);
    expect(await invite(`${unique("c")}@example.com`, "member", limit)).toEqual({
      ok: false,
      reason: "seat_limit",
      used: 3,
    });

    // An expired invitation frees its seat; a revoked one too.
    await expire(first.invitation.id);
    expect(await countSeats({ projectId: project.id })).toBe(2);
    const third = await invited(await invite(`${unique("c")}@example.com`, "member", limit));
    expect(
      await revokeInvitation({
        projectId: project.id,
        invitationId: third.invitation.id,
        actor: ada,
        ipAddress: ip,
      }),
    ).toBe(true);
    expect(await countSeats({ projectId: project.id })).toBe(2);
    expect((await listPendingInvitations({ projectId: project.id })).map((i) => i.email)).toHaveLength(1);
  });

  it("lets only as many concurrent invitations through as there are free seats", async () => {
    const { project, invite } = await setup();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => invite(`${unique("rush")}@example.com`, "member", 3)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await countSeats({ projectId: project.id })).toBe(3);
  });

  it("lets an expired invitation's address be invited again", async () => {
    const { invite } = await setup();
    const email = `${unique("eve")}@example.com`;
    const first = await invited(await invite(email));
    await expire(first.invitation.id);
    const second = await invited(await invite(email));
    expect(second.invitation.id).not.toBe(first.invitation.id);
  });
});

describe("revokeInvitation and regenerateInvitationLink", () => {
  it("revokes only invitations of the project, and audits it", async () => {
    const { ada, project, invite } = await setup();
    const other = await setup();
    const { invitation, token } = await invited(await invite(`${unique("eve")}@example.com`));
    const base = { invitationId: invitation.id, actor: ada, ipAddress: ip };
    expect(await revokeInvitation({ ...base, projectId: other.project.id })).toBe(false);
    expect(await revokeInvitation({ ...base, projectId: project.id })).toBe(true);
    expect(await getInvitationByToken({ token })).toBeNull();
    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries[0]).toMatchObject({ action: "invitation.revoked", targetId: invitation.id });
  });

  it("issues a new link: the old token stops working and the expiry starts again", async () => {
    const { ada, project, invite } = await setup();
    const { invitation, token } = await invited(await invite(`${unique("eve")}@example.com`));
    await expire(invitation.id);
    const input = {
      projectId: project.id,
      invitationId: invitation.id,
      actor: ada,
      ipAddress: ip,
      seatLimit: 10,
    };
    const again = await regenerateInvitationLink(input);
    if (!again.ok) throw new Error("not regenerated");
    expect(again.token).not.toBe(token);
    expect(again.invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(await getInvitationByToken({ token })).toBeNull();
    expect(await getInvitationByToken({ token: again.token })).toMatchObject({
      id: invitation.id,
      expired: false,
    });
    expect(await regenerateInvitationLink({ ...input, projectId: (await setup()).project.id })).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("does not revive an expired invitation into a full project", async () => {
    const { ada, project, invite } = await setup();
    const { invitation } = await invited(await invite(`${unique("eve")}@example.com`, "member", 2));
    await expire(invitation.id);
    await invited(await invite(`${unique("fay")}@example.com`, "member", 2));
    expect(
      await regenerateInvitationLink({
        projectId: project.id,
        invitationId: invitation.id,
        actor: ada,
        ipAddress: ip,
        seatLimit: 2,
      }),
    ).toEqual({ ok: false, reason: "seat_limit", used: 2 });
  });
});

describe("accepting an invitation", () => {
  it("shows the project and tells an expired invitation apart", async () => {
    const { project, invite } = await setup();
    const { invitation, token } = await invited(await invite(`${unique("eve")}@example.com`, "owner"));
    expect(await getInvitationByToken({ token })).toMatchObject({
      role: "owner",
      expired: false,
      project: { name: "Acme", slug: project.slug },
    });
    await expire(invitation.id);
    expect(await getInvitationByToken({ token })).toMatchObject({ expired: true });
    expect(await getInvitationByToken({ token: "not-a-token" })).toBeNull();
  });

  it("joins with the invitation's role when the signed-in email matches (any case), once", async () => {
    const { project, invite } = await setup();
    const eve = await newUser("eve");
    const { token } = await invited(await invite(eve.email?.toUpperCase() ?? "", "owner"));
    const result = await acceptInvitation({ token, user: eve, ipAddress: ip });
    expect(result).toEqual({
      ok: true,
      role: "owner",
      project: { id: project.id, name: "Acme", slug: project.slug },
    });
    const members = await listMembers({ projectId: project.id });
    expect(members.find((m) => m.id === eve.id)?.role).toBe("owner");
    expect(await listPendingInvitations({ projectId: project.id })).toEqual([]);
    expect(await acceptInvitation({ token, user: eve, ipAddress: ip })).toEqual({
      ok: false,
      reason: "unknown",
    });

    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries[0]).toMatchObject({
      action: "member.joined",
      actorId: eve.id,
      metadata: { role: "owner" },
    });
  });

  it("refuses someone signed in with another email, and keeps the invitation", async () => {
    const { project, invite } = await setup();
    const email = `${unique("eve")}@example.com`;
    const { token } = await invited(await invite(email));
    const mallory = await newUser("mallory");
    expect(await acceptInvitation({ token, user: mallory, ipAddress: ip })).toEqual({
      ok: false,
      reason: "email_mismatch",
      invitedEmail: email,
    });
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).not.toContain(mallory.id);
    expect(await listPendingInvitations({ projectId: project.id })).toHaveLength(1);
  });

  it("refuses an expired or unknown token", async () => {
    const { project, invite } = await setup();
    const eve = await newUser("eve");
    const { invitation, token } = await invited(await invite(eve.email ?? ""));
    await expire(invitation.id);
    expect(await acceptInvitation({ token, user: eve, ipAddress: ip })).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await acceptInvitation({ token: `${token}x`, user: eve, ipAddress: ip })).toEqual({
      ok: false,
      reason: "unknown",
    });
    const memberships = await db
      .select()
      .from(projectMemberships)
      .where(eq(projectMemberships.userId, eve.id));
    expect(memberships).toEqual([]);
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).not.toContain(eve.id);
  });

  it("uses up the invitation of someone who joined meanwhile", async () => {
    const { project, invite } = await setup();
    const eve = await newUser("eve");
    const { invitation, token } = await invited(await invite(eve.email ?? ""));
    await db.insert(projectMemberships).values({ projectId: project.id, userId: eve.id, role: "member" });
    expect(await acceptInvitation({ token, user: eve, ipAddress: ip })).toMatchObject({
      ok: false,
      reason: "already_member",
      project: { slug: project.slug },
    });
    expect(await db.select().from(invitations).where(eq(invitations.id, invitation.id))).toEqual([]);
  });
});
