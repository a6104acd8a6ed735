import "server-only";
import { type ClickScope, clicksPerBucket, firstClickAt } from "@/db/queries/analytics";
import { bucketStarts, MAX_RANGE_YEARS, type TimeRange } from "./time-range";

/**
 * Clicks per hour, day or month bucket of `timeZone`, every bucket present. The buckets are computed here, in
 * JavaScript; over "all time" they start at the first click (at most MAX_RANGE_YEARS back).
 */
export async function clickTimeseries(
  scope: ClickScope & { range: TimeRange },
  timeZone: string,
): Promise<{ start: string; clicks: number }[]> {
  const { range } = scope;
  const floor = new Date(range.end.getTime() - MAX_RANGE_YEARS * 366 * 86_400_000);
  const first = range.start ?? (await firstClickAt(scope)) ?? range.end;
  const starts = bucketStarts(first < floor ? floor : first, range.end, range.granularity, timeZone);
  const counts = await clicksPerBucket(scope, starts);
  return starts.map((start, index) => ({ start: start.toISOString(), clicks: counts[index] ?? 0 }));
}
