import "server-only";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { REVOKE_REASONS, removeMachineUserWithKeys, revokeApiKeysOfUser } from "@/db/queries/api-keys/revoke";
import { type AuditContext, auditScope, insertAuditEntry } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { invitations, projectMemberships, users } from "@/db/schema";
import type { Role } from "@/lib/roles";

export type Member = {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  isMachine: boolean;
  joinedAt: Date;
};

const memberColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: projectMemberships.role,
  isMachine: users.isMachine,
  joinedAt: projectMemberships.createdAt,
};

/** People first (by join date), then machine users. */
export async function listMembers({ projectId }: { projectId: string }): Promise<Member[]> {
  return db
    .select(memberColumns)
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .where(eq(projectMemberships.projectId, projectId))
    .orderBy(asc(users.isMachine), asc(projectMemberships.createdAt), asc(users.id));
}

/** Seats in use: human members plus pending (unexpired) invitations. Machine users take none. */
export async function countSeats(
  { projectId }: { projectId: string },
  executor: Executor = db,
): Promise<number> {
  const [humans] = await executor
    .select({ total: count() })
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .where(and(eq(projectMemberships.projectId, projectId), eq(users.isMachine, false)));
  const [pending] = await executor
    .select({ total: count() })
    .from(invitations)
    .where(and(eq(invitations.projectId, projectId), gt(invitations.expiresAt, sql`now()`)));
  return (humans?.total ?? 0) + (pending?.total ?? 0);
}

async function getMember(tx: Executor, projectId: string, userId: string): Promise<Member | null> {
  const [member] = await tx
    .select(memberColumns)
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .where(and(eq(projectMemberships.projectId, projectId), eq(projectMemberships.userId, userId)))
    .limit(1);
  return member ?? null;
}

async function countHumanOwners(tx: Executor, projectId: string): Promise<number> {
  const [row] = await tx
    .select({ total: count() })
    .from(projectMemberships)
    .innerJoin(users, eq(users.id, projectMemberships.userId))
    .where(
      and(
        eq(projectMemberships.projectId, projectId),
        eq(projectMemberships.role, "owner"),
        eq(users.isMachine, false),
      ),
    );
  return row?.total ?? 0;
}

/** Whether taking `member` out of the owners would leave the project without a human owner. */
async function isLastHumanOwner(tx: Executor, projectId: string, member: Member): Promise<boolean> {
  if (member.isMachine || member.role !== "owner") return false;
  return (await countHumanOwners(tx, projectId)) <= 1;
}

export type ChangeMemberRoleResult = Result<
  { member: Member },
  Refusal<"not_found" | "machine_user" | "last_owner">
>;

/**
 * Changes a person's role. Machine users always act as owner, and the last human owner stays owner.
 * What their keys may do changes with it: callers go through lib/api-keys/key-changes, which tells the caches.
 */
export async function updateMemberRole(
  input: { projectId: string; userId: string; role: Role } & AuditContext,
): Promise<ChangeMemberRoleResult> {
  return db.transaction(async (tx) => {
    if (!(await lockProject(input.projectId, tx))) return { ok: false, reason: "not_found" };
    const member = await getMember(tx, input.projectId, input.userId);
    if (!member) return { ok: false, reason: "not_found" };
    if (member.isMachine) return { ok: false, reason: "machine_user" };
    if (member.role === input.role) return { ok: true, member };
    if (input.role !== "owner" && (await isLastHumanOwner(tx, input.projectId, member))) {
      return { ok: false, reason: "last_owner" };
    }
    await tx
      .update(projectMemberships)
      .set({ role: input.role })
      .where(
        and(eq(projectMemberships.projectId, input.projectId), eq(projectMemberships.userId, input.userId)),
      );
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      action: "member.role_changed",
      actor: input.actor,
      target: { id: member.id, name: member.name },
      metadata: { email: member.email, from: member.role, to: input.role },
      ipAddress: input.ipAddress,
    });
    return { ok: true, member: { ...member, role: input.role } };
  });
}

export type RemoveMemberResult = Result<
  { machineUserDeleted: boolean; revokedKeys: number },
  Refusal<"not_found" | "last_owner">
>;

/**
 * Takes someone out of the project (`reason: "left"` when they leave themselves). A person's keys in this
 * project are revoked (kept, with the reason) as the membership goes; a machine user leaves with its key
 * revoked. Callers go through lib/api-keys/key-changes, which tells the caches.
 */
export async function deleteMember(
  input: { projectId: string; userId: string; reason: "removed" | "left" } & AuditContext,
): Promise<RemoveMemberResult> {
  return db.transaction(async (tx) => {
    if (!(await lockProject(input.projectId, tx))) return { ok: false, reason: "not_found" };
    const member = await getMember(tx, input.projectId, input.userId);
    if (!member) return { ok: false, reason: "not_found" };
    const scope = auditScope(input);

    if (member.isMachine) {
      const revokedKeys = await removeMachineUserWithKeys(tx, scope, member.id);
      return { ok: true, machineUserDeleted: true, revokedKeys };
    }

    if (await isLastHumanOwner(tx, input.projectId, member)) return { ok: false, reason: "last_owner" };
    await tx
      .delete(projectMemberships)
      .where(
        and(eq(projectMemberships.projectId, input.projectId), eq(projectMemberships.userId, member.id)),
      );
    const revokedKeys = await revokeApiKeysOfUser(tx, {
      ...scope,
      userId: member.id,
      reason: REVOKE_REASONS[input.reason],
    });
    await insertAuditEntry(tx, {
      ...scope,
      action: input.reason === "left" ? "member.left" : "member.removed",
      target: { id: member.id, name: member.name },
      metadata: { email: member.email, role: member.role, revokedKeys },
    });
    return { ok: true, machineUserDeleted: false, revokedKeys };
  });
}
