import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { hashInvitationToken } from "@/db/queries/invitations";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { invitations, projectMemberships, projects, users } from "@/db/schema";
import type { Role } from "@/lib/roles";

export type InvitationPreview = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  expired: boolean;
  /** The inviter's name; null once their account is gone. */
  invitedBy: string | null;
  project: { id: string; name: string; slug: string };
};

const previewColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  expiresAt: invitations.expiresAt,
  expired: sql<boolean>`${invitations.expiresAt} <= now()`,
  invitedBy: users.name,
  project: { id: projects.id, name: projects.name, slug: projects.slug },
};

function selectInvitationPreview(executor: Executor, tokenHash: string) {
  return executor
    .select(previewColumns)
    .from(invitations)
    .innerJoin(projects, eq(projects.id, invitations.projectId))
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(eq(invitations.tokenHash, tokenHash));
}

/** What the invite page shows for a token; null when no invitation has it (unknown, used or revoked). */
export async function getInvitationByToken({ token }: { token: string }): Promise<InvitationPreview | null> {
  const [row] = await selectInvitationPreview(db, hashInvitationToken(token)).limit(1);
  return row ?? null;
}

export type InviteeRefusal =
  | Refusal<"unknown" | "expired">
  | Refusal<"email_mismatch", { invitedEmail: string }>;

/**
 * Inside a transaction: locks the project, then the invitation with this token (the lock order of every other
 * change here), and hands it over only to the person whose email was invited, while it has not expired.
 */
export async function lockInvitationOfInvitee(
  tx: Executor,
  tokenHash: string,
  email: string | null,
): Promise<Result<{ invitation: InvitationPreview }, InviteeRefusal>> {
  const [found] = await tx
    .select({ projectId: invitations.projectId })
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  if (!found) return { ok: false, reason: "unknown" };
  await lockProject(found.projectId, tx);
  const [invitation] = await selectInvitationPreview(tx, tokenHash).for("update", { of: invitations });
  if (!invitation) return { ok: false, reason: "unknown" };
  if (invitation.expired) return { ok: false, reason: "expired" };
  if (email?.toLowerCase() !== invitation.email.toLowerCase()) {
    return { ok: false, reason: "email_mismatch", invitedEmail: invitation.email };
  }
  return { ok: true, invitation };
}

type ProjectRef = { id: string; name: string; slug: string };

export type AcceptInvitationResult = Result<
  { project: ProjectRef; role: Role },
  InviteeRefusal | Refusal<"already_member", { project: ProjectRef }>
>;

/**
 * Joins the invitation's project with its role and deletes the invitation, in one transaction. Only the
 * person whose email was invited may accept; someone already in the project just uses up the invitation.
 */
export async function acceptInvitation(input: {
  token: string;
  user: { id: string; name: string; email: string | null };
  ipAddress: string;
}): Promise<AcceptInvitationResult> {
  const tokenHash = hashInvitationToken(input.token);
  return db.transaction(async (tx) => {
    const locked = await lockInvitationOfInvitee(tx, tokenHash, input.user.email);
    if (!locked.ok) return locked;
    const { invitation } = locked;

    await tx.delete(invitations).where(eq(invitations.id, invitation.id));
    const joined = await tx
      .insert(projectMemberships)
      .values({ projectId: invitation.project.id, userId: input.user.id, role: invitation.role })
      .onConflictDoNothing()
      .returning({ userId: projectMemberships.userId });
    if (joined.length === 0) return { ok: false, reason: "already_member", project: invitation.project };

    await insertAuditEntry(tx, {
      projectId: invitation.project.id,
      action: "member.joined",
      actor: { id: input.user.id, name: input.user.name },
      target: { id: input.user.id, name: input.user.name },
      metadata: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
      ipAddress: input.ipAddress,
    });
    return { ok: true, project: invitation.project, role: invitation.role };
  });
}
