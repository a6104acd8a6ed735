import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditLog, auditLogs } from "@/db/schema";
import type { AuditAction } from "@/lib/audit-actions";
import { createId } from "@/lib/ids";

export type AuditEvent = {
  projectId: string;
  action: AuditAction;
  actor: { id: string | null; name: string };
  target: { id: string | null; name: string };
  metadata?: AuditLog["metadata"];
  ipAddress?: string | null;
};

/** Appends to the project's audit log, inside the caller's transaction when given one. */
export async function recordAuditEvent(event: AuditEvent, executor: Executor = db): Promise<void> {
  await executor.insert(auditLogs).values({
    id: createId("audit"),
    projectId: event.projectId,
    action: event.action,
    actorId: event.actor.id,
    actorName: event.actor.name,
    targetId: event.target.id,
    targetName: event.target.name,
    metadata: event.metadata ?? null,
    ipAddress: event.ipAddress ?? null,
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
