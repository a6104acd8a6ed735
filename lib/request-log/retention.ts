import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { type Database, db } from "@/db";
import { deleteAgedOutApiKeys } from "@/db/queries/api-keys/age-out";
import { pruneApiRequestRollups, pruneApiRequests } from "@/db/queries/request-log-writes";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { processSingleton } from "@/lib/process-singleton";

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
const FIRST_PRUNE_AFTER_MS = 30_000;
const BATCH_SIZE = 5_000;
/** The 30-day chart reads the rollup: it is kept at least that long whatever the raw retention. */
const MIN_ROLLUP_DAYS = 30;

/**
 * Deletes raw requests older than `retentionDays` in batches of `batchSize` (a short pause between them, so the
 * table stays writable), then rollup hours older than the longer of that and 30 days. Returns how many rows.
 */
export async function pruneRequestLog(options: {
  database?: Database;
  now?: Date;
  retentionDays?: number;
  batchSize?: number;
  pauseMs?: number;
}): Promise<{ requests: number; batches: number; rollups: number; keys: number }> {
  const { database = db, now = new Date(), retentionDays = env().API_REQUEST_RETENTION_DAYS } = options;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  let requests = 0;
  let batches = 0;
  for (;;) {
    const deleted = await pruneApiRequests(database, { before, limit: batchSize });
    requests += deleted;
    if (deleted > 0) batches++;
    if (deleted < batchSize) break;
    await sleep(options.pauseMs ?? 50);
  }
  const rollupBefore = new Date(now.getTime() - Math.max(retentionDays, MIN_ROLLUP_DAYS) * DAY_MS);
  const rollups = await pruneApiRequestRollups(database, { before: rollupBefore });
  return { requests, batches, rollups, keys: await deleteAgedOutApiKeys(database, { before }) };
}

/** Prunes the request log in the background, hourly (server start; once per process). */
export function startRequestLogRetention(): void {
  processSingleton("request-log-retention", () => {
    const run = () =>
      pruneRequestLog({})
        .then((pruned) => {
          if (pruned.requests + pruned.rollups + pruned.keys > 0)
            logger().info({ event: "request_log_pruned", ...pruned });
        })
        .catch((error: unknown) => logger().warn({ err: error }, "could not prune the request log"));
    setTimeout(run, FIRST_PRUNE_AFTER_MS).unref();
    setInterval(run, PRUNE_EVERY_MS).unref();
    return true;
  });
}
