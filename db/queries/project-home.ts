// The project home: the getting-started checklist, the stat tiles and the latest audit entries.
import "server-only";
import { and, count, desc, eq, gt, gte, isNull, lte, or, sql } from "drizzle-orm";
import { db } from "@/db";
import {
  type AuditLog,
  apiKeys,
  apiRequestHourly,
  auditLogs,
  invitations,
  projectMemberships,
  users,
} from "@/db/schema";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The same window as the keys table's "Expires in N days". */
const EXPIRING_SOON_MS = 7 * DAY_MS;

export type ProjectHome = {
  checklist: { createdKey: boolean; madeRequest: boolean; invitedTeammate: boolean };
  keys: { active: number; expiringSoon: number };
  people: { members: number; pendingInvitations: number };
  /** The last 24 hours, from the hourly rollup: one count per hour, oldest first. */
  requests: { total: number; errorCount: number; errorRate: number; hourly: number[] };
  /** The newest audit entries; null unless asked for (owners only). */
  recentActivity: AuditLog[] | null;
};

/**
 * Everything the home shows, in a handful of cheap reads scoped by project: counts over the project's keys,
 * members and invitations, one read of the request rollup, and (for owners) the newest audit entries.
 */
export async function getProjectHome({
  projectId,
  now = new Date(),
  activityLimit = 0,
}: {
  projectId: string;
  now?: Date;
  /** How many audit entries to load; 0 loads none. */
  activityLimit?: number;
}): Promise<ProjectHome> {
  const firstHour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - 23 * HOUR_MS);
  // Operators, not raw comparisons: they bind dates through the column, as postgres.js needs.
  const active = and(isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now)));
  const soon = lte(apiKeys.expiresAt, new Date(now.getTime() + EXPIRING_SOON_MS));
  const t = apiRequestHourly;

  const [[keyRow], [memberRow], [invitationRow], hours, [everRequested], recentActivity] = await Promise.all([
    db
      .select({
        total: count(),
        active: sql<number>`(count(*) filter (where ${active}))::int`,
        expiringSoon: sql<number>`(count(*) filter (where ${and(active, soon)}))::int`,
        used: sql<boolean>`coalesce(bool_or(${apiKeys.lastUsedAt} is not null), false)`,
      })
      .from(apiKeys)
      .where(eq(apiKeys.projectId, projectId)),
    db
      .select({ members: count() })
      .from(projectMemberships)
      .innerJoin(users, eq(users.id, projectMemberships.userId))
      .where(and(eq(projectMemberships.projectId, projectId), eq(users.isMachine, false))),
    db
      .select({
        total: count(),
        pending: sql<number>`(count(*) filter (where ${gt(invitations.expiresAt, now)}))::int`,
      })
      .from(invitations)
      .where(eq(invitations.projectId, projectId)),
    db
      .select({
        hour: t.hour,
        count: sql<number>`sum(${t.count})::int`,
        errorCount: sql<number>`coalesce(sum(${t.count}) filter (where ${t.statusClass} >= 4), 0)::int`,
      })
      .from(t)
      .where(and(eq(t.projectId, projectId), gte(t.hour, firstHour)))
      .groupBy(t.hour),
    // Any rollup row at all: a request older than 24 hours still ticks the checklist.
    db.select({ hour: t.hour }).from(t).where(eq(t.projectId, projectId)).limit(1),
    activityLimit > 0
      ? db
          .select()
          .from(auditLogs)
          .where(eq(auditLogs.projectId, projectId))
          .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
          .limit(activityLimit)
      : null,
  ]);

  const hourly = new Array<number>(24).fill(0);
  let total = 0;
  let errorCount = 0;
  for (const row of hours) {
    const index = Math.round((row.hour.getTime() - firstHour.getTime()) / HOUR_MS);
    if (index >= 0 && index < 24) hourly[index] = (hourly[index] ?? 0) + row.count;
    total += row.count;
    errorCount += row.errorCount;
  }
  const members = memberRow?.members ?? 0;
  return {
    checklist: {
      createdKey: (keyRow?.total ?? 0) > 0,
      // The rollup is pruned with the request log; a key's last use outlives it.
      madeRequest: Boolean(everRequested) || Boolean(keyRow?.used),
      invitedTeammate: members > 1 || (invitationRow?.total ?? 0) > 0,
    },
    keys: { active: keyRow?.active ?? 0, expiringSoon: keyRow?.expiringSoon ?? 0 },
    people: { members, pendingInvitations: invitationRow?.pending ?? 0 },
    requests: { total, errorCount, errorRate: total === 0 ? 0 : errorCount / total, hourly },
    recentActivity,
  };
}
