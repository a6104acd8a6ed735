"use client";

import { Sparkline } from "@/components/sparkline";
import type { KeyRequestCounts } from "@/db/queries/api-keys";

const count = new Intl.NumberFormat("en-US");

/** "1,234" with the hourly line of the last 24 hours, and its errors in red when there were any. */
export function KeyRequestsCell({ counts }: { counts: KeyRequestCounts | undefined }) {
  if (!counts || counts.total === 0) return <span className="text-muted-foreground tabular-nums">0</span>;
  return (
    <div className="grid gap-0.5 whitespace-nowrap tabular-nums">
      {/* The line goes under a long count rather than out of a narrow column. */}
      <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
        <span>{count.format(counts.total)}</span>
        <Sparkline values={counts.hourly} label="Requests per hour, last 24 hours" />
      </span>
      {counts.errorCount > 0 ? (
        <span className="text-destructive text-xs">
          {count.format(counts.errorCount)} {counts.errorCount === 1 ? "error" : "errors"}
        </span>
      ) : null}
    </div>
  );
}
