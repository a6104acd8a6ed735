import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditLog, auditLogs } from "@/db/schema";
import type { AuditAction } from "@/lib/audit-actions";
import { createId } from "@/lib/ids";

/** The signed-in person behind a change. */
export type Actor = { id: string; name: string };
/** Who made a change and from where: what every audited change takes besides its own input. */
export type AuditContext = { actor: Actor; ipAddress: string };

/** The project, actor and address of a change, as each of its audit entries records them. */
export function auditScope({ projectId, actor, ipAddress }: { projectId: string } & AuditContext) {
  return { projectId, actor, ipAddress };
}

export type AuditEntry = {
  projectId: string;
  action: AuditAction;
  /** `id: null` for the system (an expiry). */
  actor: { id: string | null; name: string };
  target: { id: string | null; name: string };
  metadata?: AuditLog["metadata"];
  ipAddress?: string | null;
};

/** Appends an entry to the project's audit log, inside the transaction of the change it records. */
export async function insertAuditEntry(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLogs).values({
    id: createId("audit"),
    projectId: entry.projectId,
    action: entry.action,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    targetId: entry.target.id,
    targetName: entry.target.name,
    metadata: entry.metadata ?? null,
    ipAddress: entry.ipAddress ?? null,
  });
}

/** One page of the project's audit log, newest first. */
export async function listAuditLog({
  projectId,
  page,
  pageSize,
}: {
  projectId: string;
  page: number;
  pageSize: number;
}): Promise<{ entries: AuditLog[]; total: number }> {
  const [entries, [totals]] = await Promise.all([
    db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.projectId, projectId))
      .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLogs).where(eq(auditLogs.projectId, projectId)),
  ]);
  return { entries, total: totals?.total ?? 0 };
}

/** The entries about one target (a key, a person) of the project, newest first: a key page's history. */
export async function listAuditLogForTarget({
  projectId,
  targetId,
  limit = 100,
}: {
  projectId: string;
  targetId: string;
  limit?: number;
}): Promise<AuditLog[]> {
  return db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.projectId, projectId), eq(auditLogs.targetId, targetId)))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(limit);
}
