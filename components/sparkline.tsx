import { cn } from "@/lib/utils";

type SparklineProps = {
  values: readonly number[];
  /** What the line shows, for screen readers and on hover. */
  label: string;
  width?: number;
  height?: number;
  className?: string;
};

/** A tiny line chart of `values` (oldest first), scaled to its own maximum; flat along the bottom when all are 0. */
export function Sparkline({ values, label, width = 48, height = 16, className }: SparklineProps) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  // Inset by half the stroke, so that peaks and zeros are not clipped.
  const y = (value: number) => height - 1 - (value / max) * (height - 2);
  const points = values
    .map((value, index) => `${(index * step).toFixed(1)},${y(value).toFixed(1)}`)
    .join(" ");
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={cn("shrink-0 overflow-visible text-primary", className)}
    >
      <title>{label}</title>
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
