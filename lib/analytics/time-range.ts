/**
 * Calendar arithmetic in an IANA time zone with nothing but Intl, so the database never needs to know the
 * zone: ranges and bucket boundaries are computed here and sent as instants.
 */

export const ANALYTICS_INTERVALS = ["24h", "7d", "30d", "90d", "1y", "mtd", "qtd", "ytd", "all"] as const;
export type AnalyticsInterval = (typeof ANALYTICS_INTERVALS)[number];

export type Granularity = "hour" | "day" | "month";

/** `start` is null for `all` (no lower bound); the range is half-open: start ≤ t < end. */
export type TimeRange = { start: Date | null; end: Date; granularity: Granularity };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Month buckets over at most this many years: the timeseries never has more than ~1,200 points. */
export const MAX_RANGE_YEARS = 100;

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    if (formatters.size > 500) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** True for a time zone Intl knows (`UTC`, `Europe/Paris`, `Asia/Kolkata`). */
export function isTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallTime(date: Date, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallAsUtc(wall: Wall): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(wallTime(new Date(whole), timeZone)) - whole;
}

/** The instant a wall-clock time in `timeZone` names (fields may overflow: day 32 is next month's 1st). */
export function fromWallTime(wall: Wall, timeZone: string): Date {
  const asUtc = wallAsUtc(wall);
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return new Date(asUtc - offsetAt(guess, timeZone));
}

/** The start of the hour, day or month containing `date`, in `timeZone`. */
export function truncate(date: Date, granularity: Granularity, timeZone: string): Date {
  const wall = { ...wallTime(date, timeZone), minute: 0, second: 0 };
  if (granularity !== "hour") wall.hour = 0;
  if (granularity === "month") wall.day = 1;
  return fromWallTime(wall, timeZone);
}

function nextBucket(start: Date, granularity: Granularity, timeZone: string): Date {
  // Hours step in real time, so a DST change gives one bucket per hour actually lived.
  if (granularity === "hour") return new Date(start.getTime() + HOUR);
  const wall = { ...wallTime(start, timeZone), hour: 0, minute: 0, second: 0 };
  if (granularity === "day") wall.day += 1;
  else wall.month += 1;
  const next = fromWallTime(wall, timeZone);
  return next > start ? next : new Date(start.getTime() + HOUR);
}

/** Every bucket's start from the one containing `start` up to (not including) `end`; at least one. */
export function bucketStarts(start: Date, end: Date, granularity: Granularity, timeZone: string): Date[] {
  const starts = [truncate(start, granularity, timeZone)];
  for (let next = nextBucket(starts[0] as Date, granularity, timeZone); next < end; ) {
    starts.push(next);
    next = nextBucket(next, granularity, timeZone);
  }
  return starts;
}

/** The range an `interval` names, ending at `end` (now by default). */
export function intervalRange(interval: AnalyticsInterval, timeZone: string, end: Date): TimeRange {
  const ago = (ms: number) => new Date(end.getTime() - ms);
  const wall = wallTime(end, timeZone);
  const startOfMonth = (month: number) =>
    fromWallTime({ year: wall.year, month, day: 1, hour: 0, minute: 0, second: 0 }, timeZone);
  switch (interval) {
    case "24h":
      return { start: ago(DAY), end, granularity: "hour" };
    case "7d":
      return { start: ago(7 * DAY), end, granularity: "day" };
    case "30d":
      return { start: ago(30 * DAY), end, granularity: "day" };
    case "90d":
      return { start: ago(90 * DAY), end, granularity: "day" };
    case "1y":
      return { start: ago(365 * DAY), end, granularity: "month" };
    case "mtd":
      return { start: startOfMonth(wall.month), end, granularity: "day" };
    case "qtd":
      return { start: startOfMonth(Math.floor((wall.month - 1) / 3) * 3 + 1), end, granularity: "day" };
    case "ytd":
      return { start: startOfMonth(1), end, granularity: "month" };
    case "all":
      return { start: null, end, granularity: "month" };
  }
}

/** An explicit start/end: hours up to two days, days up to 92, months beyond. */
export function customRange(start: Date, end: Date): TimeRange {
  const span = end.getTime() - start.getTime();
  const granularity = span <= 2 * DAY ? "hour" : span <= 92 * DAY ? "day" : "month";
  return { start, end, granularity };
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 date or date-time. Without an offset it is wall time in `timeZone`; a bare date as an `end`
 * means the end of that day (the next midnight), so `end=2024-01-31` includes the 31st. Null if invalid.
 */
export function parseAnalyticsDate(value: string, timeZone: string, bound: "start" | "end"): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((n) => Number(n ?? 0));
  const wall = { year, month, day, hour, minute, second } as Wall;
  const fraction = Math.floor(Number(match[7] ?? 0) * 1000);
  const calendar = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  const valid =
    wall.year >= 1900 &&
    calendar.getUTCMonth() === wall.month - 1 &&
    calendar.getUTCDate() === wall.day &&
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    wall.second <= 59;
  if (!valid) return null;
  const offset = match[8];
  if (offset) {
    const sign = offset.startsWith("-") ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, "");
    const minutes =
      offset.toUpperCase() === "Z" ? 0 : Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return withinYears(new Date(wallAsUtc(wall) + fraction - sign * minutes * 60_000));
  }
  const dateOnly = match[4] === undefined;
  if (dateOnly && bound === "end") wall.day += 1;
  return withinYears(new Date(fromWallTime(wall, timeZone).getTime() + fraction));
}

/** Four-digit years only: what every database and ISO string here can hold. */
function withinYears(date: Date): Date | null {
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? date : null;
}

/** The range a parsed analytics or events query covers: `start`/`end` when given, else its interval (24h). */
export function queryRange(query: {
  start?: Date;
  end?: Date;
  interval?: AnalyticsInterval;
  timezone: string;
}): TimeRange {
  const end = query.end ?? new Date();
  return query.start
    ? customRange(query.start, end)
    : intervalRange(query.interval ?? "24h", query.timezone, end);
}
