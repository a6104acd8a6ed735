import { AnalyticsCount$inboundSchema, AnalyticsTimeseries$inboundSchema } from "dub/models/components";
import { describe, expect, it } from "vitest";
import { analyticsResponseSchemas } from "@/lib/api/schemas/analytics-response";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { insertClicks, insertLink } from "@/test/short-link-fixtures";

import { ago, analytics, DAY, HOUR, projectWithClicks } from "./test-fixtures";

setupTestDatabase();

describe("GET /api/analytics", () => {
  it("counts the last 24 hours of clicks by default", async () => {
    const { secret } = await projectWithClicks();
    const response = await analytics(secret);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ clicks: 5 });
    expect(AnalyticsCount$inboundSchema.parse(response.body).clicks).toBe(5);
  });

  it.each([
    ["24h", 5],
    ["7d", 6],
    ["30d", 6],
    ["90d", 6],
    ["1y", 6],
    ["all", 7],
  ])("counts interval %s", async (interval, clicks) => {
    const { secret } = await projectWithClicks();
    expect((await analytics(secret, { interval })).body).toEqual({ clicks });
  });

  it.each(["mtd", "qtd", "ytd"])(
    "counts %s from the start of the period in the time zone",
    async (interval) => {
      const { secret, home } = await projectWithClicks();
      const response = await analytics(secret, { interval, timezone: "Pacific/Kiritimati", linkId: home.id });
      expect(response.status).toBe(200);
      expect((response.body as { clicks: number }).clicks).toBeGreaterThanOrEqual(0);
    },
  );

  it("counts an explicit start/end range, end exclusive, and a bare end date through that day", async () => {
    const { secret, home } = await projectWithKey().then(async (owner) => ({
      ...owner,
      home: await insertLink(owner.project.id),
    }));
    await insertClicks(home, [
      { timestamp: new Date("2024-03-01T00:00:00Z") },
      { timestamp: new Date("2024-03-10T23:59:59Z") },
      { timestamp: new Date("2024-03-11T00:00:00Z") },
    ]);
    const count = async (query: Record<string, string>) => (await analytics(secret, query)).body;
    expect(await count({ start: "2024-03-01", end: "2024-03-10" })).toEqual({ clicks: 2 });
    expect(await count({ start: "2024-03-01T00:00:00Z", end: "2024-03-11T00:00:00Z" })).toEqual({
      clicks: 2,
    });
    expect(await count({ start: "2024-03-01T00:00:01Z", end: "2024-03-11T00:00:01Z" })).toEqual({
      clicks: 2,
    });
    expect(await count({ start: "2024-03-01", end: "2024-03-01" })).toEqual({ clicks: 1 });
    // A start with no end runs to now; start takes precedence over interval.
    expect(await count({ start: "2024-03-05", interval: "24h" })).toEqual({ clicks: 2 });
  });

  describe("timeseries", () => {
    it("has an hour bucket for each of the last 24 hours, zeros included, summing to the count", async () => {
      const { secret } = await projectWithClicks();
      const response = await analytics(secret, { groupBy: "timeseries" });
      expect(response.status).toBe(200);
      const series = analyticsResponseSchemas.timeseries.parse(response.body);
      expect([24, 25]).toContain(series.length);
      const starts = series.map((point) => Date.parse(point.start));
      expect(starts.slice(1).map((start, index) => start - (starts[index] ?? 0))).toEqual(
        Array(series.length - 1).fill(HOUR),
      );
      expect(series.reduce((sum, point) => sum + point.clicks, 0)).toBe(5);
      expect(series.filter((point) => point.clicks === 0).length).toBeGreaterThanOrEqual(series.length - 2);
      for (const point of series) AnalyticsTimeseries$inboundSchema.parse(point);
    });

    it.each([
      ["7d", [8], 6],
      ["30d", [31], 6],
      ["90d", [91], 6],
      ["1y", [13], 6],
      ["ytd", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null],
      ["mtd", Array.from({ length: 31 }, (_, index) => index + 1), null],
      ["qtd", Array.from({ length: 92 }, (_, index) => index + 1), null],
    ])("has a bounded number of buckets for %s", async (interval, lengths, total) => {
      const { secret } = await projectWithClicks();
      const series = analyticsResponseSchemas.timeseries.parse(
        (await analytics(secret, { groupBy: "timeseries", interval })).body,
      );
      expect(lengths).toContain(series.length);
      if (total !== null) expect(series.reduce((sum, point) => sum + point.clicks, 0)).toBe(total);
    });

    it("starts 'all' at the month of the first click", async () => {
      const { secret } = await projectWithClicks();
      const series = analyticsResponseSchemas.timeseries.parse(
        (await analytics(secret, { groupBy: "timeseries", interval: "all" })).body,
      );
      const first = ago(400 * DAY);
      expect(series[0]?.start).toBe(
        new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth())).toISOString(),
      );
      expect(series.reduce((sum, point) => sum + point.clicks, 0)).toBe(7);
    });

    it("puts bucket boundaries at midnight of the requested time zone", async () => {
      const owner = await projectWithKey();
      const link = await insertLink(owner.project.id);
      await insertClicks(link, [
        { timestamp: new Date("2025-01-01T23:30:00Z") },
        { timestamp: new Date("2025-01-02T00:30:00Z") },
      ]);
      const series = (timezone: string) =>
        analytics(owner.secret, {
          groupBy: "timeseries",
          start: "2025-01-01",
          end: "2025-01-03",
          timezone,
        }).then((response) => response.body);
      expect(await series("UTC")).toEqual([
        { start: "2025-01-01T00:00:00.000Z", clicks: 1 },
        { start: "2025-01-02T00:00:00.000Z", clicks: 1 },
        { start: "2025-01-03T00:00:00.000Z", clicks: 0 },
      ]);
      expect(await series("America/New_York")).toEqual([
        { start: "2025-01-01T05:00:00.000Z", clicks: 2 },
        { start: "2025-01-02T05:00:00.000Z", clicks: 0 },
        { start: "2025-01-03T05:00:00.000Z", clicks: 0 },
      ]);
    });
  });

  it("never counts another project's clicks, even when asked for its link", async () => {
    const mine = await projectWithClicks();
    const theirs = await projectWithClicks();
    expect((await analytics(mine.secret, { interval: "all" })).body).toEqual({ clicks: 7 });
    expect((await analytics(mine.secret, { linkId: theirs.home.id })).body).toEqual({ clicks: 0 });
    expect((await analytics(mine.secret, { domain: theirs.domain.slug })).body).toEqual({ clicks: 0 });
    const top = (await analytics(mine.secret, { groupBy: "top_links", interval: "all" })).body as {
      id: string;
    }[];
    expect(top.map((link) => link.id).sort()).toEqual([mine.home.id, mine.promo.id].sort());
  });

  it.each([
    [{ event: "leads" }, "event"],
    [{ event: "sales" }, "event"],
    [{ groupBy: "top_partners" }, "groupBy"],
    [{ groupBy: "top_folders" }, "groupBy"],
    [{ interval: "2d" }, "interval"],
    [{ start: "yesterday" }, "start"],
    [{ start: "2025-02-30" }, "start"],
    [{ end: "2025-13-01" }, "end"],
    [{ start: "2025-02-01", end: "2025-01-01" }, "start"],
    [{ start: "1900-01-01", end: "2025-01-01" }, "start"],
    [{ start: "2999-01-01" }, "start"],
    [{ timezone: "Mars/Olympus" }, "timezone"],
    [{ timezone: "Mars/Olympus", start: "2024-01-01", end: "2024-01-02T00:00" }, "timezone"],
    [{ customerId: "cus_1" }, "customerId"],
    [{ saleType: "new" }, "saleType"],
    [{ trigger: "pageview" }, "trigger"],
    [{ qr: "yes" }, "qr"],
    [{ root: "1" }, "root"],
    [{ continent: "XX" }, "continent"],
    [{ region: "CA" }, "region"],
    [{ country: "USA" }, "country"],
    [{ colour: "red", linkid: "x" }, "colour"],
    [{ linkId: "a\u0000b" }, "linkId"],
  ])("answers 422 naming the field for %j", async (query, field) => {
    const { secret } = await projectWithKey();
    const response = await analytics(secret, query);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { code: "unprocessable_entity" } });
    expect(JSON.stringify(response.body)).toContain(`'${field}'`);
  });

  it("refuses a key without analytics.read", async () => {
    const { secret } = await projectWithKey(["links.read"]);
    const response = await analytics(secret);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain("analytics.read");
  });
});
