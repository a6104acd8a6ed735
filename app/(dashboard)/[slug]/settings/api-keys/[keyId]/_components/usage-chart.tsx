"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  type ChartConfig,
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
} from "@/components/ui/chart";
import type { UsageBucket } from "@/db/queries/request-log";
import { formatDate } from "@/lib/format-time";
import { useNow } from "../../_components/time-text";

const CLASSES = ["2xx", "4xx", "5xx"] as const;

const chartConfig = {
  "2xx": { label: "2xx", color: "var(--chart-1)" },
  "4xx": { label: "4xx", color: "var(--chart-2)" },
  "5xx": { label: "5xx", color: "var(--chart-3)" },
} satisfies ChartConfig;

/** Requests per hour or day, stacked by status class; `summary` is what a screen reader hears instead. */
export function UsageChart({
  series,
  unit,
  summary,
}: {
  series: UsageBucket[];
  unit: "hour" | "day";
  summary: string;
}) {
  const now = useNow();
  const zone = now === null ? "utc" : "local";
  const label = (start: Date) =>
    unit === "hour"
      ? start.toLocaleTimeString("en-US", {
          hour: "numeric",
          timeZone: zone === "utc" ? "UTC" : undefined,
        })
      : formatDate(start, { zone }).replace(/, \d{4}$/, "");
  const data = series.map((bucket) => ({
    label: label(bucket.start),
    title: formatDate(bucket.start, { timeStyle: unit === "hour" ? "short" : undefined, zone }),
    ...Object.fromEntries(CLASSES.map((statusClass) => [statusClass, bucket.byClass[statusClass]])),
  }));
  return (
    <div role="img" aria-label={summary} className="min-w-0">
      <ChartContainer config={chartConfig} className="aspect-auto h-64 w-full">
        <BarChart data={data} margin={{ left: -16, right: 4, top: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" tickLine={false} axisLine={false} minTickGap={16} tickMargin={8} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={48} />
          <ChartTooltip
            cursor
            content={
              <ChartTooltipContent
                labelFormatter={(value) => data.find((d) => d.label === value)?.title ?? String(value)}
              />
            }
          />
          <ChartLegend content={<ChartLegendContent />} />
          {CLASSES.map((statusClass, index) => (
            <Bar
              key={statusClass}
              dataKey={statusClass}
              stackId="requests"
              fill={`var(--color-${statusClass})`}
              radius={index === CLASSES.length - 1 ? [3, 3, 0, 0] : 0}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartContainer>
    </div>
  );
}
