import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectInvitationPreview } from "@/db/queries/invitation-accept";
import { hashInvitationToken } from "@/db/queries/invitations";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { invitations } from "@/db/schema";

export type DeclineInvitationResult = Result<
  { project: { name: string } },
  Refusal<"unknown" | "expired"> | Refusal<"email_mismatch", { invitedEmail: string }>
>;

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
    const [found] = await tx
      .select({ projectId: invitations.projectId })
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash))
      .limit(1);
    if (!found) return { ok: false, reason: "unknown" };
    // Project first, then the invitation, as acceptInvitation does: the audit entry's key share on the
    // project would otherwise wait on an accept that waits on this invitation.
    await lockProject(found.projectId, tx);
    const [invitation] = await selectInvitationPreview(tx, tokenHash).for("update", { of: invitations });
    if (!invitation) return { ok: false, reason: "unknown" };
    if (invitation.expired) return { ok: false, reason: "expired" };
    if (input.user.email?.toLowerCase() !== invitation.email.toLowerCase()) {
      return { ok: false, reason: "email_mismatch", invitedEmail: invitation.email };
    }
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
