import { describe, expect, it } from "vitest";
import { formatDate, formatRelative } from "./format-time";

describe("times", () => {
  it("shows an absolute UTC time and a relative one", () => {
    const at = new Date("2025-03-04T05:06:07Z");
    // Newer ICU puts a narrow no-break space before "AM".
    expect(formatDate(at, { timeStyle: "long" }).replace(/\s/g, " ")).toBe("Mar 4, 2025, 5:06:07 AM UTC");
    expect(formatRelative(at, new Date("2025-03-04T07:06:07Z"))).toBe("2 hours ago");
    expect(formatRelative(at, new Date("2025-03-04T05:06:17Z"))).toBe("10 seconds ago");
    expect(formatRelative(at, new Date("2025-03-11T05:06:07Z"))).toBe("last week");
  });
});

describe("formatDate", () => {
  const at = new Date("2025-03-04T23:30:00Z");

  it.each<[Parameters<typeof formatDate>[1], string]>([
    [undefined, "Mar 4, 2025"],
    [{ dateStyle: "long" }, "March 4, 2025"],
    [{ timeStyle: "short" }, "Mar 4, 2025, 11:30 PM"],
  ])("%j → %s", (format, expected) => {
    expect(formatDate(at, format).replace(/\s/g, " ")).toBe(expected);
  });

  it("uses the viewer's time zone only when asked", () => {
    const local = at.toLocaleString("en-US", { dateStyle: "medium" });
    expect(formatDate(at, { zone: "local" })).toBe(local);
  });
});

describe("formatRelative: one rounding rule, whole units toward zero", () => {
  const now = new Date("2025-03-04T12:00:00Z");
  const ago = (seconds: number) => formatRelative(new Date(now.getTime() - seconds * 1000), now);
  const ahead = (seconds: number) => formatRelative(new Date(now.getTime() + seconds * 1000), now);

  it.each<[number, string]>([
    [0, "now"],
    [59, "59 seconds ago"],
    [60, "1 minute ago"],
    [59 * 60 + 59, "59 minutes ago"],
    [90 * 60, "1 hour ago"],
    [36 * 3600, "yesterday"],
    [13 * 86_400, "last week"],
    [400 * 86_400, "last year"],
  ])("%i seconds ago → %s", (seconds, expected) => {
    expect(ago(seconds)).toBe(expected);
  });

  it.each<[number, string]>([
    [30, "in 30 seconds"],
    [2.5 * 86_400, "in 2 days"],
    [45 * 86_400, "next month"],
  ])("%i seconds ahead → %s", (seconds, expected) => {
    expect(ahead(seconds)).toBe(expected);
  });

  it("takes now as a timestamp too", () => {
    expect(formatRelative(new Date(now.getTime() - 7_200_000), now.getTime())).toBe("2 hours ago");
  });
});
