import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { type InviteeRefusal, lockInvitationOfInvitee } from "@/db/queries/invitation-accept";
import { hashInvitationToken } from "@/db/queries/invitations";
import type { Result } from "@/db/result";
import { invitations } from "@/db/schema";

export type DeclineInvitationResult = Result<{ project: { name: string } }, InviteeRefusal>;

/**
 * Deletes an invitation at the invitee's request (its seat is freed, its link stops working) and audits it as
 * `invitation.declined`. Only the person whose email was invited may decline; an expired one is left for owners.
 */
export async function declineInvitation(input: {
  token: string;
  user: { id: string; name: string; email: string | null };
  ipAddress: string;
}): Promise<DeclineInvitationResult> {
  const tokenHash = hashInvitationToken(input.token);
  return db.transaction(async (tx) => {
    const locked = await lockInvitationOfInvitee(tx, tokenHash, input.user.email);
    if (!locked.ok) return locked;
    const { invitation } = locked;
    await tx.delete(invitations).where(eq(invitations.id, invitation.id));
    await insertAuditEntry(tx, {
      projectId: invitation.project.id,
      action: "invitation.declined",
      actor: { id: input.user.id, name: input.user.name },
      target: { id: invitation.id, name: invitation.email },
      metadata: { email: invitation.email, role: invitation.role },
      ipAddress: input.ipAddress,
    });
    return { ok: true, project: { name: invitation.project.name } };
  });
}
