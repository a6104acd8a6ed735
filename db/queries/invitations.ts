import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type Actor, type AuditContext, insertAuditEntry } from "@/db/queries/audit-log";
import { countSeats } from "@/db/queries/members";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { invitations, projectMemberships, users } from "@/db/schema";
import { createId } from "@/lib/ids";
import type { Role } from "@/lib/roles";

export const INVITATION_TTL_DAYS = 7;

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
};

type SeatLimitRefusal = Refusal<"seat_limit", { used: number }>;
type Invited = { invitation: PendingInvitation; token: string };

/** Only the SHA-256 of a token is stored; the token itself exists only in the link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken() {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashInvitationToken(token),
    expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
  };
}

const isPending = () => gt(invitations.expiresAt, sql`now()`);

const pendingColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  invitedBy: users.name,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
};

function selectPending(executor: Executor, where: SQL | undefined) {
  return executor
    .select(pendingColumns)
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(where)
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
}

async function getPendingInvitation(tx: Executor, projectId: string, invitationId: string) {
  const [row] = await selectPending(
    tx,
    and(eq(invitations.projectId, projectId), eq(invitations.id, invitationId)),
  );
  if (!row) throw new Error("invitation vanished inside its transaction");
  return row;
}

/** Unexpired invitations of the project, oldest first. */
export async function listPendingInvitations({
  projectId,
}: {
  projectId: string;
}): Promise<PendingInvitation[]> {
  return selectPending(db, and(eq(invitations.projectId, projectId), isPending()));
}

export type CreateInvitationResult = Result<
  Invited,
  SeatLimitRefusal | Refusal<"already_member" | "already_invited">
>;

/**
 * Invites an email with a role for 7 days. The seat check (people + pending invitations < `seatLimit`) runs
 * under the project's row lock. Returns the token once; it is never stored, logged or audited.
 */
export async function createInvitation(input: {
  projectId: string;
  email: string;
  role: Role;
  invitedBy: Actor;
  ipAddress: string;
  seatLimit: number;
}): Promise<CreateInvitationResult> {
  const email = input.email.toLowerCase();
  const { token, tokenHash, expiresAt } = newToken();
  return db.transaction(async (tx) => {
    if (!(await lockProject(input.projectId, tx))) throw new Error("project not found");
    const [member] = await tx
      .select({ id: users.id })
      .from(projectMemberships)
      .innerJoin(users, eq(users.id, projectMemberships.userId))
      .where(and(eq(projectMemberships.projectId, input.projectId), sql`lower(${users.email}) = ${email}`))
      .limit(1);
    if (member) return { ok: false, reason: "already_member" };

    const [existing] = await tx
      .select({ id: invitations.id, pending: sql<boolean>`${invitations.expiresAt} > now()` })
      .from(invitations)
      .where(and(eq(invitations.projectId, input.projectId), sql`lower(${invitations.email}) = ${email}`))
      .limit(1);
    if (existing?.pending) return { ok: false, reason: "already_invited" };
    // An expired invitation holds no seat but would still block the address (unique per project).
    if (existing) await tx.delete(invitations).where(eq(invitations.id, existing.id));

    const used = await countSeats(input, tx);
    if (used >= input.seatLimit) return { ok: false, reason: "seat_limit", used };

    const id = createId("inv");
    await tx.insert(invitations).values({
      id,
      projectId: input.projectId,
      email,
      role: input.role,
      tokenHash,
      invitedById: input.invitedBy.id,
      expiresAt,
    });
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      action: "member.invited",
      actor: input.invitedBy,
      target: { id, name: email },
      metadata: { email, role: input.role, expiresAt: expiresAt.toISOString() },
      ipAddress: input.ipAddress,
    });
    return { ok: true, invitation: await getPendingInvitation(tx, input.projectId, id), token };
  });
}

/**
 * Issues a new token (and 7 more days) for an invitation, for an owner who needs the link again: the old
 * token stops working. An invitation that had expired takes a seat again, so the seat check applies.
 */
export async function regenerateInvitationLink(
  input: { projectId: string; invitationId: string; seatLimit: number } & AuditContext,
): Promise<Result<Invited, SeatLimitRefusal | Refusal<"not_found">>> {
  const { token, tokenHash, expiresAt } = newToken();
  return db.transaction(async (tx) => {
    if (!(await lockProject(input.projectId, tx))) return { ok: false, reason: "not_found" };
    const where = and(eq(invitations.projectId, input.projectId), eq(invitations.id, input.invitationId));
    const [current] = await tx
      .select({
        email: invitations.email,
        role: invitations.role,
        pending: sql<boolean>`${invitations.expiresAt} > now()`,
      })
      .from(invitations)
      .where(where)
      .for("update");
    if (!current) return { ok: false, reason: "not_found" };
    if (!current.pending) {
      const used = await countSeats(input, tx);
      if (used >= input.seatLimit) return { ok: false, reason: "seat_limit", used };
    }
    await tx.update(invitations).set({ tokenHash, expiresAt }).where(where);
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      action: "member.invited",
      actor: input.actor,
      target: { id: input.invitationId, name: current.email },
      metadata: {
        email: current.email,
        role: current.role,
        expiresAt: expiresAt.toISOString(),
        newLink: true,
      },
      ipAddress: input.ipAddress,
    });
    return {
      ok: true,
      invitation: await getPendingInvitation(tx, input.projectId, input.invitationId),
      token,
    };
  });
}

/** Deletes an invitation (its link stops working, its seat is freed); false when it is not in this project. */
export async function revokeInvitation(
  input: { projectId: string; invitationId: string } & AuditContext,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .delete(invitations)
      .where(and(eq(invitations.projectId, input.projectId), eq(invitations.id, input.invitationId)))
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    if (!invitation) return false;
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      action: "invitation.revoked",
      actor: input.actor,
      target: { id: invitation.id, name: invitation.email },
      metadata: { email: invitation.email, role: invitation.role },
      ipAddress: input.ipAddress,
    });
    return true;
  });
}
