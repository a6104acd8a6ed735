import type { UsageSummary } from "@/db/queries/key-activity";

export const percent = (rate: number) =>
  `${(rate * 100).toLocaleString("en-US", { maximumFractionDigits: rate < 0.1 ? 1 : 0 })}%`;
const duration = (ms: number | null) => (ms === null ? "—" : `${ms.toLocaleString("en-US")} ms`);

/** The range's figures beside the chart: totals by class, error rate and the p50/p95 duration. */
export function UsageFigures({ summary }: { summary: UsageSummary }) {
  const figures: [string, string][] = [
    ["Total requests", summary.total.toLocaleString("en-US")],
    ["2xx", summary.byClass["2xx"].toLocaleString("en-US")],
    ["4xx", summary.byClass["4xx"].toLocaleString("en-US")],
    ["5xx", summary.byClass["5xx"].toLocaleString("en-US")],
    ["Error rate", percent(summary.errorRate)],
    ["p50 duration", duration(summary.p50Ms)],
    ["p95 duration", duration(summary.p95Ms)],
  ];
  return (
    <dl
      aria-label="Usage figures"
      className="grid grid-cols-2 content-start gap-x-4 gap-y-3 sm:grid-cols-4 lg:grid-cols-2"
    >
      {figures.map(([label, value]) => (
        <div key={label} className="grid gap-0.5">
          <dt className="text-muted-foreground text-xs">{label}</dt>
          <dd className="font-semibold text-lg tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
