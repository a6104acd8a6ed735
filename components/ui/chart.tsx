"use client";

import * as React from "react";
import * as Recharts from "recharts";

import { cn } from "@/lib/utils";

/** Per series (a chart's `dataKey`): its label and color, e.g. `{ "2xx": { label: "2xx", color: "var(--chart-1)" } }`. */
export type ChartConfig = Record<string, { label: React.ReactNode; color: string }>;

const ChartContext = React.createContext<ChartConfig | null>(null);

function useChartConfig(): ChartConfig {
  const config = React.useContext(ChartContext);
  if (!config) throw new Error("Chart parts must be inside a <ChartContainer>");
  return config;
}

/** Series keys become CSS custom properties, so only safe characters may reach the style rule. */
const cssName = (key: string) => key.replace(/[^a-zA-Z0-9_-]/g, "_");

/**
 * A chart that fills its parent's width: sets `--color-<key>` for each configured series (use
 * `fill="var(--color-2xx)"`) and gives Recharts' text, grid and cursor the theme's colors.
 */
function ChartContainer({
  config,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & {
  config: ChartConfig;
  children: React.ComponentProps<typeof Recharts.ResponsiveContainer>["children"];
}) {
  const id = `chart-${React.useId().replace(/:/g, "")}`;
  const variables = Object.entries(config)
    .map(([key, { color }]) => `--color-${cssName(key)}: ${color};`)
    .join(" ");
  return (
    <ChartContext.Provider value={config}>
      <div
        data-slot="chart"
        data-chart={id}
        className={cn(
          "flex aspect-video justify-center text-xs",
          "[&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground",
          "[&_.recharts-cartesian-grid_line]:stroke-border [&_.recharts-rectangle.recharts-tooltip-cursor]:fill-muted",
          "[&_.recharts-surface]:outline-hidden",
          className,
        )}
        {...props}
      >
        <style>{`[data-chart=${id}] { ${variables} }`}</style>
        <Recharts.ResponsiveContainer>{children}</Recharts.ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  );
}

const ChartTooltip = Recharts.Tooltip;
const ChartLegend = Recharts.Legend;

/** What Recharts hands a tooltip or legend item: only the fields these components read. */
type SeriesItem = { dataKey?: unknown; name?: unknown; value?: unknown; color?: string };

const keyOf = (item: SeriesItem) => String(item.dataKey ?? item.name ?? "");

/** The tooltip box: the hovered bucket's label, then one line per configured series with its swatch and value. */
function ChartTooltipContent({
  active,
  payload,
  label,
  labelFormatter,
  className,
}: {
  active?: boolean;
  payload?: readonly SeriesItem[];
  label?: unknown;
  labelFormatter?: (label: unknown) => React.ReactNode;
  className?: string;
}) {
  const config = useChartConfig();
  if (!active || !payload?.length) return null;
  return (
    <div
      className={cn(
        "grid min-w-32 gap-1.5 rounded-lg border bg-popover px-2.5 py-1.5 text-popover-foreground text-xs shadow-lg",
        className,
      )}
    >
      <div className="font-medium">{labelFormatter ? labelFormatter(label) : String(label ?? "")}</div>
      {payload.map((item) => {
        const key = keyOf(item);
        const series = config[key];
        if (!series) return null;
        return (
          <div key={key} className="flex items-center gap-2">
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-[2px]"
              style={{ backgroundColor: `var(--color-${cssName(key)})` }}
            />
            <span className="text-muted-foreground">{series.label}</span>
            <span className="ml-auto font-medium font-mono tabular-nums">
              {typeof item.value === "number" ? item.value.toLocaleString("en-US") : String(item.value ?? "")}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** The legend: a swatch and label per configured series, in the chart's order. */
function ChartLegendContent({ payload, className }: { payload?: readonly SeriesItem[]; className?: string }) {
  const config = useChartConfig();
  if (!payload?.length) return null;
  return (
    <div className={cn("flex flex-wrap items-center justify-center gap-4 pt-3", className)}>
      {payload.map((item) => {
        const key = keyOf(item);
        const series = config[key];
        if (!series) return null;
        return (
          <div key={key} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-[2px]"
              style={{ backgroundColor: `var(--color-${cssName(key)})` }}
            />
            {series.label}
          </div>
        );
      })}
    </div>
  );
}

export { ChartContainer, ChartLegend, ChartLegendContent, ChartTooltip, ChartTooltipContent };
