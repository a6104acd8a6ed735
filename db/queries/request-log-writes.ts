// Writing the request log: one batch of raw rows plus its hourly rollup, and pruning by age.
import "server-only";
import { getTableColumns, lt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { apiRequestHourly, apiRequests, DURATION_BUCKETS_MS, type NewApiRequest } from "@/db/schema";

const HOUR_MS = 3_600_000;
type Rollup = typeof apiRequestHourly.$inferInsert;

/** The histogram bucket of a duration: the first bound it does not exceed, else the last (longer) bucket. */
export function durationBucket(durationMs: number): number {
  const index = DURATION_BUCKETS_MS.findIndex((bound) => durationMs <= bound);
  return index === -1 ? DURATION_BUCKETS_MS.length : index;
}

/** The batch summed per key, hour, route and status class, in primary-key order (concurrent upserts lock alike). */
export function rollUp(rows: readonly NewApiRequest[]): Rollup[] {
  const groups = new Map<string, Rollup>();
  for (const row of rows) {
    const hour = new Date(Math.floor(row.at.getTime() / HOUR_MS) * HOUR_MS);
    const statusClass = Math.floor(row.status / 100);
    const id = `${row.keyId}\u0000${hour.getTime()}\u0000${row.routeId}\u0000${statusClass}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        keyId: row.keyId,
        hour,
        routeId: row.routeId,
        statusClass,
        projectId: row.projectId,
        count: 0,
        durationSumMs: 0,
        durationMaxMs: 0,
        durationHistogram: new Array(DURATION_BUCKETS_MS.length + 1).fill(0),
      };
      groups.set(id, group);
    }
    group.count++;
    group.durationSumMs = (group.durationSumMs ?? 0) + row.durationMs;
    group.durationMaxMs = Math.max(group.durationMaxMs, row.durationMs);
    (group.durationHistogram[durationBucket(row.durationMs)] as number)++;
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

/** api_requests' columns as [property, column name, SQL type], for the one-parameter insert below. */
const REQUEST_COLUMNS = Object.entries(getTableColumns(apiRequests)).map(
  ([property, column]) => [property as keyof NewApiRequest, column.name, column.getSQLType()] as const,
);
const COLUMN_NAMES = sql.raw(REQUEST_COLUMNS.map(([, name]) => `"${name}"`).join(", "));
const RECORD_TYPE = sql.raw(REQUEST_COLUMNS.map(([, name, type]) => `"${name}" ${type}`).join(", "));

/**
 * The raw rows as one JSON parameter, unpacked by json_to_recordset. Drizzle's multi-row VALUES builds one
 * parameter per cell (11 per row) in JavaScript, which measured several times the cost of the insert itself:
 * on PGlite all of it on the server's event loop.
 */
function insertRequests(rows: readonly NewApiRequest[]) {
  const records = rows.map((row) =>
    Object.fromEntries(REQUEST_COLUMNS.map(([property, name]) => [name, row[property] ?? null])),
  );
  return sql`insert into ${apiRequests} (${COLUMN_NAMES}) select ${COLUMN_NAMES} from json_to_recordset(${JSON.stringify(records)}::json) as r(${RECORD_TYPE}) on conflict do nothing`;
}

/**
 * Writes a batch in one transaction: its raw rows (a request id already stored is skipped) and its rollup added
 * to the hours it falls in. `database` is the request log's sink connection (the process's db in production).
 */
export async function writeApiRequestBatch(
  database: Database,
  rows: readonly NewApiRequest[],
): Promise<void> {
  if (rows.length === 0) return;
  const rollups = rollUp(rows);
  const target = apiRequestHourly;
  await database.transaction(async (tx) => {
    await tx.execute(insertRequests(rows));
    await tx
      .insert(target)
      .values(rollups)
      .onConflictDoUpdate({
        target: [target.keyId, target.hour, target.routeId, target.statusClass],
        set: {
          count: sql`${target.count} + excluded.count`,
          durationSumMs: sql`${target.durationSumMs} + excluded.duration_sum_ms`,
          durationMaxMs: sql`greatest(${target.durationMaxMs}, excluded.duration_max_ms)`,
          durationHistogram: sql`array(select a + b from unnest(${target.durationHistogram}, excluded.duration_histogram) with ordinality as h(a, b, i) order by i)`,
        },
      });
  });
}

/** Deletes at most `limit` raw requests older than `before`; returns how many (retention runs it until 0). */
export async function pruneApiRequests(
  database: Database,
  { before, limit }: { before: Date; limit: number },
): Promise<number> {
  const deleted = await database
    .delete(apiRequests)
    .where(
      sql`${apiRequests.requestId} in (select ${apiRequests.requestId} from ${apiRequests} where ${lt(apiRequests.at, before)} limit ${limit})`,
    )
    .returning({ requestId: apiRequests.requestId });
  return deleted.length;
}

/** Deletes rollup hours older than `before` (a few rows per key and hour: one statement suffices). */
export async function pruneApiRequestRollups(
  database: Database,
  { before }: { before: Date },
): Promise<number> {
  const deleted = await database
    .delete(apiRequestHourly)
    .where(lt(apiRequestHourly.hour, before))
    .returning({ keyId: apiRequestHourly.keyId });
  return deleted.length;
}
