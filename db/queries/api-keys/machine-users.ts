import "server-only";
import { and, eq, exists } from "drizzle-orm";
import type { Executor } from "@/db";
import { type AuditContext, insertAuditEntry } from "@/db/queries/audit-log";
import { projectMemberships, users } from "@/db/schema";
import { createId } from "@/lib/ids";

type Scope = { projectId: string } & AuditContext;

/** Creates a machine user, owner of the project (SPEC §5), inside the caller's transaction; returns its id. */
export async function insertMachineUser(tx: Executor, scope: Scope, name: string): Promise<string> {
  const id = createId("user");
  await tx.insert(users).values({ id, name, isMachine: true });
  await tx.insert(projectMemberships).values({ projectId: scope.projectId, userId: id, role: "owner" });
  await insertAuditEntry(tx, { ...scope, action: "machine_user.created", target: { id, name } });
  return id;
}

/**
 * "Deletes" a machine user (SPEC §5) and audits it: it leaves the project, so it is gone from People and acts
 * for nothing, while its row stays as the owner name of its revoked key (the key's ageing-out deletes it).
 * False for a person, or a machine user already retired.
 */
export async function retireMachineUser(tx: Executor, scope: Scope, userId: string): Promise<boolean> {
  const [membership] = await tx
    .delete(projectMemberships)
    .where(
      and(
        eq(projectMemberships.projectId, scope.projectId),
        eq(projectMemberships.userId, userId),
        exists(
          tx
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.id, projectMemberships.userId), eq(users.isMachine, true))),
        ),
      ),
    )
    .returning({ userId: projectMemberships.userId });
  if (!membership) return false;
  const [machine] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  if (machine) await insertAuditEntry(tx, { ...scope, action: "machine_user.deleted", target: machine });
  return true;
}
