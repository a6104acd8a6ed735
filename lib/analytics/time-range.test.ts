import { describe, expect, it } from "vitest";
import {
  bucketStarts,
  customRange,
  intervalRange,
  isTimeZone,
  parseAnalyticsDate,
  truncate,
} from "./time-range";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const now = new Date("2025-05-15T10:30:00Z");

describe("isTimeZone", () => {
  it.each([
    ["UTC", true],
    ["America/New_York", true],
    ["Asia/Kathmandu", true],
    ["Mars/Olympus", false],
    ["", false],
    ["x".repeat(100), false],
  ])("%s → %s", (zone, valid) => {
    expect(isTimeZone(zone)).toBe(valid);
  });
});

describe("intervalRange", () => {
  it.each([
    ["24h", "UTC", "2025-05-14T10:30:00.000Z", "hour"],
    ["7d", "UTC", "2025-05-08T10:30:00.000Z", "day"],
    ["90d", "UTC", "2025-02-14T10:30:00.000Z", "day"],
    ["1y", "UTC", "2024-05-15T10:30:00.000Z", "month"],
    ["mtd", "UTC", "2025-05-01T00:00:00.000Z", "day"],
    ["mtd", "America/New_York", "2025-05-01T04:00:00.000Z", "day"],
    ["qtd", "UTC", "2025-04-01T00:00:00.000Z", "day"],
    ["ytd", "Asia/Tokyo", "2024-12-31T15:00:00.000Z", "month"],
    ["all", "UTC", null, "month"],
  ] as const)("%s in %s starts at %s", (interval, zone, start, granularity) => {
    const range = intervalRange(interval, zone, now);
    expect({ start: iso(range.start), end: iso(range.end), granularity: range.granularity }).toEqual({
      start,
      end: iso(now),
      granularity,
    });
  });
});

describe("bucketStarts", () => {
  it("has 25 hour buckets over 24 hours, the first containing the start", () => {
    const { start, end } = intervalRange("24h", "UTC", now);
    const starts = bucketStarts(start ?? now, end, "hour", "UTC");
    expect(starts).toHaveLength(25);
    expect(iso(starts[0] ?? null)).toBe("2025-05-14T10:00:00.000Z");
    expect(iso(starts.at(-1) ?? null)).toBe("2025-05-15T10:00:00.000Z");
  });

  it("aligns hours to a half-hour zone", () => {
    const starts = bucketStarts(new Date("2025-05-15T00:00:00Z"), now, "hour", "Asia/Kolkata");
    expect(iso(starts[0] ?? null)).toBe("2025-05-14T23:30:00.000Z");
  });

  it("has 23- and 25-hour days across DST changes", () => {
    const zone = "America/New_York";
    const spring = bucketStarts(
      new Date("2025-03-08T12:00:00Z"),
      new Date("2025-03-10T12:00:00Z"),
      "day",
      zone,
    );
    expect(spring.map(iso)).toEqual([
      "2025-03-08T05:00:00.000Z",
      "2025-03-09T05:00:00.000Z",
      "2025-03-10T04:00:00.000Z",
    ]);
    const fall = bucketStarts(
      new Date("2025-11-02T03:00:00Z"),
      new Date("2025-11-02T08:00:00Z"),
      "hour",
      zone,
    );
    // 01:00 happens twice on that night: once in EDT, once in EST.
    expect(fall.map(iso)).toEqual([
      "2025-11-02T03:00:00.000Z",
      "2025-11-02T04:00:00.000Z",
      "2025-11-02T05:00:00.000Z",
      "2025-11-02T06:00:00.000Z",
      "2025-11-02T07:00:00.000Z",
    ]);
  });

  it("has 13 month buckets over a year and 1 for an empty range", () => {
    const { start, end } = intervalRange("1y", "UTC", now);
    expect(bucketStarts(start ?? now, end, "month", "UTC")).toHaveLength(13);
    expect(bucketStarts(now, now, "day", "UTC").map(iso)).toEqual(["2025-05-15T00:00:00.000Z"]);
  });

  it("truncates to the month in the zone", () => {
    expect(iso(truncate(new Date("2025-06-01T02:00:00Z"), "month", "America/Los_Angeles"))).toBe(
      "2025-05-01T07:00:00.000Z",
    );
  });
});

describe("customRange", () => {
  it.each([
    ["2025-05-14T00:00:00Z", "2025-05-16T00:00:00Z", "hour"],
    ["2025-05-01T00:00:00Z", "2025-07-31T00:00:00Z", "day"],
    ["2024-01-01T00:00:00Z", "2025-05-01T00:00:00Z", "month"],
  ] as const)("%s – %s in %ss", (start, end, granularity) => {
    expect(customRange(new Date(start), new Date(end)).granularity).toBe(granularity);
  });
});

describe("parseAnalyticsDate", () => {
  it.each([
    ["2025-05-01", "UTC", "start", "2025-05-01T00:00:00.000Z"],
    ["2025-05-01", "UTC", "end", "2025-05-02T00:00:00.000Z"],
    ["2025-05-01", "Europe/Paris", "start", "2025-04-30T22:00:00.000Z"],
    ["2025-05-01T12:00", "Europe/Paris", "start", "2025-05-01T10:00:00.000Z"],
    ["2025-05-01T12:00:00Z", "Europe/Paris", "end", "2025-05-01T12:00:00.000Z"],
    ["2025-05-01T12:00:00.250+05:30", "UTC", "start", "2025-05-01T06:30:00.250Z"],
    ["2025-05-01T12:00:00-0800", "UTC", "start", "2025-05-01T20:00:00.000Z"],
    ["2025-02-30", "UTC", "start", null],
    ["2025-05-01T24:00:00Z", "UTC", "start", null],
    ["1066-10-14", "UTC", "start", null],
    ["0050-01-01", "UTC", "start", null],
    ["1900-01-01", "Europe/Paris", "start", null],
    ["9999-12-31", "UTC", "start", "9999-12-31T00:00:00.000Z"],
    ["9999-12-31", "UTC", "end", null],
    ["+275760-09-13", "UTC", "start", null],
    ["yesterday", "UTC", "start", null],
    ["1", "UTC", "start", null],
  ] as const)("%s in %s as %s → %s", (value, zone, bound, expected) => {
    expect(iso(parseAnalyticsDate(value, zone, bound))).toBe(expected);
  });
});
