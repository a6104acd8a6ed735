import "server-only";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { revokeApiKeysOfUser } from "@/db/queries/api-keys/manage";
import { recordAuditEvent } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import { apiKeys, invitations, projectMemberships, users } from "@/db/schema";
import { afterKeyChange } from "@/lib/api-keys/invalidation";
import type { Role } from "@/lib/roles";

type Actor = { id: string; name: string };

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

export type ChangeMemberRoleResult =
  | { ok: true; member: Member }
  | { ok: false; reason: "not_found" | "machine_user" | "last_owner" };

/** Changes a person's role. Machine users always act as owner, and the last human owner stays owner. */
export async function changeMemberRole(input: {
  projectId: string;
  userId: string;
  role: Role;
  actor: Actor;
  ipAddress: string;
}): Promise<ChangeMemberRoleResult> {
  return afterKeyChange(
    input.projectId,
    db.transaction(async (tx) => {
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
      await recordAuditEvent(
        {
          projectId: input.projectId,
          action: "member.role_changed",
          actor: input.actor,
          target: { id: member.id, name: member.name },
          metadata: { email: member.email, from: member.role, to: input.role },
          ipAddress: input.ipAddress,
        },
        tx,
      );
      return { ok: true, member: { ...member, role: input.role } };
    }),
  );
}

export type RemoveMemberResult =
  | { ok: true; machineUserDeleted: boolean; revokedKeys: number }
  | { ok: false; reason: "not_found" | "last_owner" };

/**
 * Takes someone out of the project (`reason: "left"` when they leave themselves). A person's keys in this
 * project are revoked at once; a machine user is deleted together with its key.
 */
export async function removeMember(input: {
  projectId: string;
  userId: string;
  actor: Actor;
  ipAddress: string;
  reason: "removed" | "left";
}): Promise<RemoveMemberResult> {
  return afterKeyChange(
    input.projectId,
    db.transaction(async (tx) => {
      if (!(await lockProject(input.projectId, tx))) return { ok: false, reason: "not_found" };
      const member = await getMember(tx, input.projectId, input.userId);
      if (!member) return { ok: false, reason: "not_found" };
      const audit = { projectId: input.projectId, actor: input.actor, ipAddress: input.ipAddress };

      if (member.isMachine) {
        // The key goes by FK cascade, so its name and display form are read (and audited) first.
        const keys = await tx
          .select({ id: apiKeys.id, name: apiKeys.name, displayKey: apiKeys.displayKey })
          .from(apiKeys)
          .where(and(eq(apiKeys.projectId, input.projectId), eq(apiKeys.userId, member.id)));
        await tx.delete(users).where(and(eq(users.id, member.id), eq(users.isMachine, true)));
        for (const key of keys) {
          await recordAuditEvent(
            {
              ...audit,
              action: "api_key.revoked",
              target: { id: key.id, name: key.name },
              metadata: { key: key.displayKey, reason: "machine user deleted" },
            },
            tx,
          );
        }
        await recordAuditEvent(
          { ...audit, action: "machine_user.deleted", target: { id: member.id, name: member.name } },
          tx,
        );
        return { ok: true, machineUserDeleted: true, revokedKeys: keys.length };
      }

      if (await isLastHumanOwner(tx, input.projectId, member)) return { ok: false, reason: "last_owner" };
      await tx
        .delete(projectMemberships)
        .where(
          and(eq(projectMemberships.projectId, input.projectId), eq(projectMemberships.userId, member.id)),
        );
      const revokedKeys = await revokeApiKeysOfUser(
        { ...audit, userId: member.id, reason: input.reason },
        tx,
      );
      await recordAuditEvent(
        {
          ...audit,
          action: input.reason === "left" ? "member.left" : "member.removed",
          target: { id: member.id, name: member.name },
          metadata: { email: member.email, role: member.role, revokedKeys },
        },
        tx,
      );
      return { ok: true, machineUserDeleted: false, revokedKeys };
    }),
  );
}
