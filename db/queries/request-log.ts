// Reading the request log for a key's page and the keys table: recent requests, usage series, top routes.
import "server-only";
import { and, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { type ApiRequest, apiRequestHourly, apiRequests, DURATION_BUCKETS_MS } from "@/db/schema";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type StatusClass = 2 | 3 | 4 | 5;
export type UsageRange = "24h" | "7d" | "30d";
type KeyRef = { projectId: string; keyId: string };

/** Where a page of recent requests starts: just after (older than) this request. */
export type RequestCursor = { at: Date; requestId: string };
export type RecentRequest = Omit<ApiRequest, "projectId" | "keyId">;

/**
 * A key's requests, newest first, `limit` per page; `nextCursor` continues after the last one (null at the end).
 * Narrowed to a status class (4 → 4xx) and/or a route id when given. Another project's key has none.
 */
export async function listKeyRequests(
  input: KeyRef & { limit?: number; before?: RequestCursor; statusClass?: StatusClass; routeId?: string },
): Promise<{ requests: RecentRequest[]; nextCursor: RequestCursor | null }> {
  const limit = input.limit ?? 50;
  const t = apiRequests;
  const filters: (SQL | undefined)[] = [eq(t.projectId, input.projectId), eq(t.keyId, input.keyId)];
  if (input.statusClass) {
    filters.push(gte(t.status, input.statusClass * 100), lt(t.status, (input.statusClass + 1) * 100));
  }
  if (input.routeId) filters.push(eq(t.routeId, input.routeId));
  if (input.before) {
    const { at, requestId } = input.before;
    filters.push(or(lt(t.at, at), and(eq(t.at, at), lt(t.requestId, requestId))));
  }
  const rows = await db
    .select({
      requestId: t.requestId,
      at: t.at,
      method: t.method,
      routeId: t.routeId,
      path: t.path,
      status: t.status,
      durationMs: t.durationMs,
      clientAddress: t.clientAddress,
      userAgent: t.userAgent,
    })
    .from(t)
    .where(and(...filters))
    .orderBy(desc(t.at), desc(t.requestId))
    .limit(limit + 1);
  const requests = rows.slice(0, limit);
  const last = requests.at(-1);
  return {
    requests,
    nextCursor: rows.length > limit && last ? { at: last.at, requestId: last.requestId } : null,
  };
}

/** One bar of a usage chart: an hour (24 h) or a UTC day (7 d, 30 d). */
export type UsageBucket = {
  start: Date;
  total: number;
  byClass: Record<"2xx" | "3xx" | "4xx" | "5xx", number>;
  /** 4xx and 5xx over all requests; 0 without requests. */
  errorRate: number;
  /** Approximations from the duration histogram; null without requests. */
  p50Ms: number | null;
  p95Ms: number | null;
};

/** The hours (24 h) or UTC days (7 d, 30 d) of a range ending with the one `now` falls in, oldest first. */
export function usageBuckets(range: UsageRange, now: Date): { unit: "hour" | "day"; starts: Date[] } {
  const [unit, step, count] =
    range === "24h" ? (["hour", HOUR_MS, 24] as const) : (["day", DAY_MS, range === "7d" ? 7 : 30] as const);
  const current = Math.floor(now.getTime() / step) * step;
  return {
    unit,
    starts: Array.from({ length: count }, (_, index) => new Date(current - (count - 1 - index) * step)),
  };
}

/** A percentile (0–1) of a duration histogram, interpolated inside its bucket and capped by the longest request. */
export function histogramPercentile(
  histogram: readonly number[],
  percentile: number,
  maxMs: number,
): number | null {
  const total = histogram.reduce((sum, value) => sum + value, 0);
  if (total === 0) return null;
  const rank = percentile * total;
  let below = 0;
  for (const [index, inBucket] of histogram.entries()) {
    if (inBucket > 0 && below + inBucket >= rank) {
      const lower = index === 0 ? 0 : (DURATION_BUCKETS_MS[index - 1] ?? 0);
      const upper = Math.min(DURATION_BUCKETS_MS[index] ?? maxMs, maxMs);
      return Math.round(
        Math.min(maxMs, lower + (Math.max(upper, lower) - lower) * ((rank - below) / inBucket)),
      );
    }
    below += inBucket;
  }
  return maxMs;
}

/** The rollup rows' duration histograms added up, bucket by bucket (for an aggregate select). */
/** The key's hourly rollup rows from `since` on (the project-and-key filter the charts and figures share). */
export function keyRollupSince(ref: { projectId: string; keyId: string }, since: Date): SQL | undefined {
  const t = apiRequestHourly;
  return and(eq(t.projectId, ref.projectId), eq(t.keyId, ref.keyId), gte(t.hour, since));
}

export const histogramSum = sql<number[]>`array[${sql.join(
  [...DURATION_BUCKETS_MS, null].map(
    (_, index) => sql`sum(${apiRequestHourly.durationHistogram}[${sql.raw(String(index + 1))}])::int`,
  ),
  sql`, `,
)}]`;

/** A key's requests per hour (24 h) or UTC day (7 d, 30 d) by status class, from the hourly rollup. */
export async function keyUsageSeries(
  input: KeyRef & { range: UsageRange; now?: Date },
): Promise<UsageBucket[]> {
  const { unit, starts } = usageBuckets(input.range, input.now ?? new Date());
  const t = apiRequestHourly;
  // `unit` is one of two literals; inlined so that the select and the group by are the same expression.
  const start = sql<Date>`date_trunc(${sql.raw(`'${unit}'`)}, ${t.hour}, 'UTC')`.mapWith(t.hour);
  const rows = await db
    .select({
      start,
      statusClass: t.statusClass,
      count: sql<number>`sum(${t.count})::int`,
      maxMs: sql<number>`max(${t.durationMaxMs})`,
      histogram: histogramSum,
    })
    .from(t)
    .where(keyRollupSince(input, starts[0] ?? new Date()))
    .groupBy(start, t.statusClass);
  return starts.map((bucketStart) => {
    const inBucket = rows.filter((row) => row.start.getTime() === bucketStart.getTime());
    const byClass = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 };
    const histogram = new Array<number>(DURATION_BUCKETS_MS.length + 1).fill(0);
    let maxMs = 0;
    for (const row of inBucket) {
      byClass[`${row.statusClass}xx` as keyof typeof byClass] += row.count;
      for (const [index, value] of row.histogram.entries())
        histogram[index] = (histogram[index] ?? 0) + value;
      maxMs = Math.max(maxMs, Number(row.maxMs));
    }
    const total = byClass["2xx"] + byClass["3xx"] + byClass["4xx"] + byClass["5xx"];
    return {
      start: bucketStart,
      total,
      byClass,
      errorRate: total === 0 ? 0 : (byClass["4xx"] + byClass["5xx"]) / total,
      p50Ms: histogramPercentile(histogram, 0.5, maxMs),
      p95Ms: histogramPercentile(histogram, 0.95, maxMs),
    };
  });
}

const errorCount = sql<number>`(sum(${apiRequestHourly.count}) filter (where ${apiRequestHourly.statusClass} >= 4))::int`;

/** A key's busiest routes over a range, with their error counts and rates. */
export async function keyTopRoutes(
  input: KeyRef & { range: UsageRange; now?: Date; limit?: number },
): Promise<{ routeId: string; count: number; errorCount: number; errorRate: number }[]> {
  const { starts } = usageBuckets(input.range, input.now ?? new Date());
  const t = apiRequestHourly;
  const count = sql<number>`sum(${t.count})::int`;
  const rows = await db
    .select({ routeId: t.routeId, count, errorCount })
    .from(t)
    .where(
      and(eq(t.projectId, input.projectId), eq(t.keyId, input.keyId), gte(t.hour, starts[0] ?? new Date())),
    )
    .groupBy(t.routeId)
    .orderBy(desc(count), t.routeId)
    .limit(input.limit ?? 10);
  return rows.map((row) => {
    const errors = row.errorCount ?? 0;
    return { routeId: row.routeId, count: row.count, errorCount: errors, errorRate: errors / row.count };
  });
}

/** Per key of a project that made requests in the last 24 hours: its total, errors and one count per hour. */
export async function projectKeyRequestCounts(input: {
  projectId: string;
  now?: Date;
}): Promise<Map<string, { total: number; errorCount: number; hourly: number[] }>> {
  const { starts } = usageBuckets("24h", input.now ?? new Date());
  const first = starts[0] ?? new Date();
  const t = apiRequestHourly;
  const rows = await db
    .select({ keyId: t.keyId, hour: t.hour, count: sql<number>`sum(${t.count})::int`, errorCount })
    .from(t)
    .where(and(eq(t.projectId, input.projectId), gte(t.hour, first)))
    .groupBy(t.keyId, t.hour);
  const byKey = new Map<string, { total: number; errorCount: number; hourly: number[] }>();
  for (const row of rows) {
    const counts = byKey.get(row.keyId) ?? { total: 0, errorCount: 0, hourly: new Array<number>(24).fill(0) };
    const index = Math.round((row.hour.getTime() - first.getTime()) / HOUR_MS);
    counts.hourly[index] = (counts.hourly[index] ?? 0) + row.count;
    counts.total += row.count;
    counts.errorCount += row.errorCount ?? 0;
    byKey.set(row.keyId, counts);
  }
  return byKey;
}
