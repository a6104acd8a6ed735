import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { invitations, projectMemberships } from "@/db/schema";
import { setupTestDatabase, unique } from "@/test/database";
import { expire, invited, ip, newUser, setup } from "@/test/invitations";
import { listAuditLog } from "./audit-log";
import { acceptInvitation, getInvitationByToken } from "./invitation-accept";
import { listPendingInvitations } from "./invitations";
import { listMembers } from "./members";

setupTestDatabase();

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
