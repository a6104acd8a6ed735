import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { auditLogs, invitations } from "@/db/schema";
import { createApiKey } from "@/lib/api-keys/manage";
import { setupTestDatabase, unique } from "@/test/database";
import { expire, invited, ip, setup } from "@/test/invitations";
import { listAuditLog } from "./audit-log";
import { getInvitationByToken } from "./invitation-accept";
import {
  hashInvitationToken,
  listPendingInvitations,
  regenerateInvitationLink,
  revokeInvitation,
} from "./invitations";
import { countSeats } from "./members";

setupTestDatabase();

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
