import { describe, expect, it } from "vitest";
import { setupTestDatabase, unique } from "@/test/database";
import { expire, invited, ip, newUser, setup } from "@/test/invitations";
import { listAuditLog } from "./audit-log";
import { getInvitationByToken } from "./invitation-accept";
import { declineInvitation } from "./invitation-decline";
import { listPendingInvitations } from "./invitations";
import { countSeats, listMembers } from "./members";

setupTestDatabase();

describe("declining an invitation", () => {
  it("names the inviter in the preview", async () => {
    const { ada, invite } = await setup();
    const { token } = await invited(await invite(`${unique("eve")}@example.com`));
    expect(await getInvitationByToken({ token })).toMatchObject({ invitedBy: ada.name });
  });

  it("deletes the invitation for the invited person, frees the seat and audits invitation.declined", async () => {
    const { project, invite } = await setup();
    const eve = await newUser("eve");
    const { invitation, token } = await invited(await invite(eve.email?.toUpperCase() ?? ""));
    expect(await countSeats({ projectId: project.id })).toBe(2);

    expect(await declineInvitation({ token, user: eve, ipAddress: ip })).toEqual({
      ok: true,
      project: { name: "Acme" },
    });
    expect(await listPendingInvitations({ projectId: project.id })).toEqual([]);
    expect(await countSeats({ projectId: project.id })).toBe(1);
    expect(await getInvitationByToken({ token })).toBeNull();
    expect((await listMembers({ projectId: project.id })).map((m) => m.id)).not.toContain(eve.id);

    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries[0]).toMatchObject({
      action: "invitation.declined",
      actorId: eve.id,
      actorName: eve.name,
      targetId: invitation.id,
      metadata: { role: "member" },
      ipAddress: ip,
    });
    expect(JSON.stringify(entries)).not.toContain(token);
    expect(await declineInvitation({ token, user: eve, ipAddress: ip })).toEqual({
      ok: false,
      reason: "unknown",
    });
  });

  it("refuses anyone but the invited email, and an expired invitation, keeping it", async () => {
    const { project, invite } = await setup();
    const email = `${unique("eve")}@example.com`;
    const { invitation, token } = await invited(await invite(email));
    const mallory = await newUser("mallory");
    expect(await declineInvitation({ token, user: mallory, ipAddress: ip })).toEqual({
      ok: false,
      reason: "email_mismatch",
      invitedEmail: email,
    });
    expect(await listPendingInvitations({ projectId: project.id })).toHaveLength(1);

    await expire(invitation.id);
    const eve = { id: "usr_x", name: "Eve", email };
    expect(await declineInvitation({ token, user: eve, ipAddress: ip })).toEqual({
      ok: false,
      reason: "expired",
    });
    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries.map((entry) => entry.action)).not.toContain("invitation.declined");
  });
});
