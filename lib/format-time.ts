const LOCALE = "en-US";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];
const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

export type DateFormat = {
  /** "medium" (default): "Mar 4, 2025"; "long": "March 4, 2025". */
  dateStyle?: "medium" | "long";
  /** Leave out for the date alone; "short": "5:06 AM"; "long": "5:06:07 AM UTC". */
  timeStyle?: "short" | "long";
  /** "utc" (default) reads the same on the server and in every browser; "local" is the viewer's zone. */
  zone?: "utc" | "local";
};

/** An absolute date, optionally with its time. */
export function formatDate(
  date: Date,
  { dateStyle = "medium", timeStyle, zone = "utc" }: DateFormat = {},
): string {
  return date.toLocaleString(LOCALE, { dateStyle, timeStyle, timeZone: zone === "utc" ? "UTC" : undefined });
}

/**
 * How long ago (or until) `date` is, seen from `now`: the largest unit that fits, counted in whole units
 * toward zero ("59 minutes ago" until the full hour), seconds under a minute; "yesterday", "last week".
 */
export function formatRelative(date: Date, now: Date | number): string {
  const from = typeof now === "number" ? now : now.getTime();
  const seconds = Math.trunc((date.getTime() - from) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return relativeFormat.format(seconds, "second");
}
