"use client";

import { Sparkline } from "@/components/sparkline";
import type { KeyRequestCounts } from "@/db/queries/api-keys";

const count = new Intl.NumberFormat("en-US");

/** "1,234" with the hourly line of the last 24 hours, and its errors in red when there were any. */
export function KeyRequestsCell({ counts }: { counts: KeyRequestCounts | undefined }) {
  if (!counts || counts.total === 0) return <span className="text-muted-foreground tabular-nums">0</span>;
  return (
    <div className="grid gap-0.5 whitespace-nowrap tabular-nums">
      <span className="inline-flex items-center gap-2">
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
