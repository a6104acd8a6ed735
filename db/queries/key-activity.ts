// What a key's page shows besides the series: its newest request, a range's figures and the routes it called.
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { apiRequestHourly, apiRequests, DURATION_BUCKETS_MS } from "@/db/schema";
import {
  histogramPercentile,
  histogramSum,
  keyRollupSince,
  type UsageRange,
  usageBuckets,
} from "./request-log";

type KeyRef = { projectId: string; keyId: string };

/** The newest request made with the key: when, from where and with which client; null without any. */
export async function keyLastRequest(
  ref: KeyRef,
): Promise<{ at: Date; clientAddress: string; userAgent: string | null } | null> {
  const t = apiRequests;
  const [row] = await db
    .select({ at: t.at, clientAddress: t.clientAddress, userAgent: t.userAgent })
    .from(t)
    .where(and(eq(t.projectId, ref.projectId), eq(t.keyId, ref.keyId)))
    .orderBy(desc(t.at), desc(t.requestId))
    .limit(1);
  return row ?? null;
}

export type UsageSummary = {
  total: number;
  byClass: Record<"2xx" | "3xx" | "4xx" | "5xx", number>;
  /** 4xx and 5xx over all requests; 0 without requests. */
  errorRate: number;
  /** Over the whole range, from the merged duration histograms; null without requests. */
  p50Ms: number | null;
  p95Ms: number | null;
};

/** A range's figures for a key (the same hours or days as its usage series), from the hourly rollup. */
export async function keyUsageSummary(
  input: KeyRef & { range: UsageRange; now?: Date },
): Promise<UsageSummary> {
  const { starts } = usageBuckets(input.range, input.now ?? new Date());
  const t = apiRequestHourly;
  const rows = await db
    .select({
      statusClass: t.statusClass,
      count: sql<number>`sum(${t.count})::int`,
      maxMs: sql<number>`max(${t.durationMaxMs})`,
      histogram: histogramSum,
    })
    .from(t)
    .where(keyRollupSince(input, starts[0] ?? new Date()))
    .groupBy(t.statusClass);
  const byClass = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 };
  const histogram = new Array<number>(DURATION_BUCKETS_MS.length + 1).fill(0);
  let maxMs = 0;
  for (const row of rows) {
    byClass[`${row.statusClass}xx` as keyof typeof byClass] += row.count;
    for (const [index, value] of row.histogram.entries()) histogram[index] = (histogram[index] ?? 0) + value;
    maxMs = Math.max(maxMs, Number(row.maxMs));
  }
  const total = byClass["2xx"] + byClass["3xx"] + byClass["4xx"] + byClass["5xx"];
  return {
    total,
    byClass,
    errorRate: total === 0 ? 0 : (byClass["4xx"] + byClass["5xx"]) / total,
    p50Ms: histogramPercentile(histogram, 0.5, maxMs),
    p95Ms: histogramPercentile(histogram, 0.95, maxMs),
  };
}

/** Every route the key called in the rollup's window (30 days), for the recent requests' route filter. */
export async function keyRouteIds(ref: KeyRef): Promise<string[]> {
  const t = apiRequestHourly;
  const rows = await db
    .selectDistinct({ routeId: t.routeId })
    .from(t)
    .where(and(eq(t.projectId, ref.projectId), eq(t.keyId, ref.keyId)))
    .orderBy(t.routeId);
  return rows.map((row) => row.routeId);
}
