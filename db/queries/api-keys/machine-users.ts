import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { type AuditContext, insertAuditEntry } from "@/db/queries/audit-log";
import { apiKeys, projectMemberships, users } from "@/db/schema";
import { createId } from "@/lib/ids";
import { keyEntry } from "./audit";

type Scope = { projectId: string } & AuditContext;

/** Creates a machine user, owner of the project (SPEC §5), inside the caller's transaction; returns its id. */
export async function insertMachineUser(tx: Executor, scope: Scope, name: string): Promise<string> {
  const id = createId("user");
  await tx.insert(users).values({ id, name, isMachine: true });
  await tx.insert(projectMemberships).values({ projectId: scope.projectId, userId: id, role: "owner" });
  await insertAuditEntry(tx, { ...scope, action: "machine_user.created", target: { id, name } });
  return id;
}

/** Deletes the user if it is a machine user, and audits it; false for a person. */
export async function deleteMachineUser(tx: Executor, scope: Scope, userId: string): Promise<boolean> {
  const [machine] = await tx
    .delete(users)
    .where(and(eq(users.id, userId), eq(users.isMachine, true)))
    .returning({ id: users.id, name: users.name });
  if (machine) await insertAuditEntry(tx, { ...scope, action: "machine_user.deleted", target: machine });
  return Boolean(machine);
}

/** Deletes a machine user together with its keys (removed from the people page); returns how many keys. */
export async function deleteMachineUserWithKeys(tx: Executor, scope: Scope, userId: string): Promise<number> {
  // The keys go by FK cascade, so their names and display forms are read (and audited) first.
  const keys = await tx
    .select({ id: apiKeys.id, name: apiKeys.name, displayKey: apiKeys.displayKey })
    .from(apiKeys)
    .where(and(eq(apiKeys.projectId, scope.projectId), eq(apiKeys.userId, userId)));
  for (const key of keys) {
    await insertAuditEntry(tx, keyEntry(scope, "api_key.revoked", key, { reason: "machine user deleted" }));
  }
  await deleteMachineUser(tx, scope, userId);
  return keys.length;
}
