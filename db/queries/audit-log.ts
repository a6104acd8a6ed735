import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditLog, auditLogs } from "@/db/schema";
import { SYSTEM_ACTOR } from "@/lib/audit-action-groups";
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

/** What the audit log can be narrowed to: one action, one actor (a user id, or "system" for entries without one). */
export type AuditLogFilter = { action?: AuditAction; actor?: string };

function filterWhere(projectId: string, { action, actor }: AuditLogFilter = {}) {
  return and(
    eq(auditLogs.projectId, projectId),
    action ? eq(auditLogs.action, action) : undefined,
    actor === SYSTEM_ACTOR ? isNull(auditLogs.actorId) : actor ? eq(auditLogs.actorId, actor) : undefined,
  );
}

/** One page of the project's audit log, newest first, narrowed by `filter`. */
export async function listAuditLog({
  projectId,
  page,
  pageSize,
  filter,
}: {
  projectId: string;
  page: number;
  pageSize: number;
  filter?: AuditLogFilter;
}): Promise<{ entries: AuditLog[]; total: number }> {
  const where = filterWhere(projectId, filter);
  const [entries, [totals]] = await Promise.all([
    db
      .select()
      .from(auditLogs)
      .where(where)
      // created_at is clock_timestamp(), distinct even inside one transaction; the id only breaks exact ties.
      .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLogs).where(where),
  ]);
  return { entries, total: totals?.total ?? 0 };
}

/**
 * Everyone who appears in the project's log (by the name of their latest entry, sorted by name) and whether the
 * app itself wrote entries: the Actor filter's choices.
 */
export async function listAuditLogFilterOptions({
  projectId,
}: {
  projectId: string;
}): Promise<{ actors: Actor[]; hasSystem: boolean }> {
  const rows = await db
    .selectDistinctOn([auditLogs.actorId], { id: auditLogs.actorId, name: auditLogs.actorName })
    .from(auditLogs)
    .where(eq(auditLogs.projectId, projectId))
    .orderBy(auditLogs.actorId, desc(auditLogs.createdAt));
  const actors = rows
    .flatMap((row) => (row.id ? [{ id: row.id, name: row.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { actors, hasSystem: rows.some((row) => row.id === null) };
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
