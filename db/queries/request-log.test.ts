import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiRequestHourly, apiRequests, type NewApiRequest } from "@/db/schema";
import { pruneRequestLog } from "@/lib/request-log/retention";
import { setupTestDatabase } from "@/test/database";
import { keyTopRoutes, keyUsageSeries, listKeyRequests, projectKeyRequestCounts } from "./request-log";
import { writeApiRequestBatch } from "./request-log-writes";

setupTestDatabase();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-02T15:30:00Z");

function scope() {
  return { projectId: `prj_${randomUUID()}`, keyId: `key_${randomUUID()}` };
}

function row(
  ref: { projectId: string; keyId: string },
  fields: { ago: number; status?: number; routeId?: string; durationMs?: number },
): NewApiRequest {
  return {
    requestId: randomUUID(),
    at: new Date(NOW.getTime() - fields.ago),
    projectId: ref.projectId,
    keyId: ref.keyId,
    method: "GET",
    routeId: fields.routeId ?? "GET /api/links",
    path: "/api/links",
    status: fields.status ?? 200,
    durationMs: fields.durationMs ?? 20,
    clientAddress: "203.0.113.9",
    userAgent: null,
  };
}

describe("the request log's rollup", () => {
  it("counts exactly what was written, across batches, per hour and status class", async () => {
    const ref = scope();
    await writeApiRequestBatch(db, [
      row(ref, { ago: 0, durationMs: 3 }),
      row(ref, { ago: 60_000, durationMs: 40 }),
      row(ref, { ago: 2 * 60_000, status: 404, durationMs: 8 }),
    ]);
    await writeApiRequestBatch(db, [
      row(ref, { ago: 3 * 60_000, status: 500, durationMs: 900 }),
      row(ref, { ago: 2 * HOUR, status: 201, routeId: "POST /api/links" }),
    ]);
    const series = await keyUsageSeries({ ...ref, range: "24h", now: NOW });
    expect(series).toHaveLength(24);
    expect(series.at(-1)).toMatchObject({
      start: new Date("2026-12-02T15:00:00Z"),
      total: 4,
      byClass: { "2xx": 2, "3xx": 0, "4xx": 1, "5xx": 1 },
      errorRate: 0.5,
    });
    const current = series.at(-1);
    expect(current?.p50Ms).toBeGreaterThan(5);
    expect(current?.p50Ms).toBeLessThanOrEqual(50);
    expect(current?.p95Ms).toBeGreaterThan(500);
    expect(current?.p95Ms).toBeLessThanOrEqual(900);
    expect(series.at(-3)).toMatchObject({ total: 1, byClass: { "2xx": 1 }, errorRate: 0 });
    expect(series.slice(0, 21).every((bucket) => bucket.total === 0 && bucket.p50Ms === null)).toBe(true);

    const days = await keyUsageSeries({ ...ref, range: "7d", now: NOW });
    expect(days.map((day) => day.total)).toEqual([0, 0, 0, 0, 0, 0, 5]);
    expect((await keyUsageSeries({ ...ref, range: "30d", now: NOW })).length).toBe(30);

    expect(await keyTopRoutes({ ...ref, range: "24h", now: NOW })).toEqual([
      { routeId: "GET /api/links", count: 4, errorCount: 2, errorRate: 0.5 },
      { routeId: "POST /api/links", count: 1, errorCount: 0, errorRate: 0 },
    ]);
    const counts = await projectKeyRequestCounts({ projectId: ref.projectId, now: NOW });
    expect(counts.get(ref.keyId)).toMatchObject({ total: 5, errorCount: 2 });
    expect(counts.get(ref.keyId)?.hourly.slice(-3)).toEqual([1, 0, 4]);

    const [stored] = await db
      .select()
      .from(apiRequestHourly)
      .where(eq(apiRequestHourly.keyId, ref.keyId))
      .limit(1);
    expect(stored?.durationHistogram.reduce((sum, n) => sum + n, 0)).toBe(stored?.count);
  });

  it("shows another project nothing of a key", async () => {
    const ref = scope();
    await writeApiRequestBatch(db, [row(ref, { ago: 0 })]);
    const other = { projectId: "prj_other", keyId: ref.keyId };
    expect((await listKeyRequests(other)).requests).toEqual([]);
    expect((await keyUsageSeries({ ...other, range: "24h", now: NOW })).every((b) => b.total === 0)).toBe(
      true,
    );
    expect(await keyTopRoutes({ ...other, range: "30d", now: NOW })).toEqual([]);
    expect((await projectKeyRequestCounts({ projectId: "prj_other", now: NOW })).has(ref.keyId)).toBe(false);
  });
});

describe("listKeyRequests", () => {
  it("pages a key's requests newest first and narrows by status class and route", async () => {
    const ref = scope();
    const rows = Array.from({ length: 5 }, (_, i) =>
      row(ref, {
        ago: i * 1_000,
        status: i % 2 === 0 ? 200 : 422,
        routeId: i < 4 ? "GET /api/links" : "GET /api/tags",
      }),
    );
    await writeApiRequestBatch(db, rows);
    const first = await listKeyRequests({ ...ref, limit: 2 });
    expect(first.requests.map((r) => r.requestId)).toEqual([rows[0]?.requestId, rows[1]?.requestId]);
    const second = await listKeyRequests({ ...ref, limit: 2, before: first.nextCursor ?? undefined });
    const third = await listKeyRequests({ ...ref, limit: 2, before: second.nextCursor ?? undefined });
    expect([...second.requests, ...third.requests].map((r) => r.requestId)).toEqual(
      rows.slice(2).map((r) => r.requestId),
    );
    expect(third.nextCursor).toBeNull();

    const errors = await listKeyRequests({ ...ref, statusClass: 4 });
    expect(errors.requests.map((r) => r.status)).toEqual([422, 422]);
    const tags = await listKeyRequests({ ...ref, routeId: "GET /api/tags" });
    expect(tags.requests.map((r) => r.requestId)).toEqual([rows[4]?.requestId]);
  });
});

describe("pruneRequestLog", () => {
  it("deletes only raw requests older than the retention, in batches, and rollups past 30 days", async () => {
    const ref = scope();
    const old = [40, 35, 31, 30.5, 30.1].map((days) => row(ref, { ago: days * DAY }));
    const kept = [29.9, 10, 0].map((days) => row(ref, { ago: days * DAY }));
    await writeApiRequestBatch(db, [...old, ...kept]);
    const pruned = await pruneRequestLog({ now: NOW, retentionDays: 30, batchSize: 2, pauseMs: 0 });
    expect(pruned.requests).toBeGreaterThanOrEqual(old.length);
    expect(pruned.batches).toBeGreaterThanOrEqual(3);
    const left = await db
      .select({ requestId: apiRequests.requestId })
      .from(apiRequests)
      .where(eq(apiRequests.keyId, ref.keyId));
    expect(left.map((r) => r.requestId).sort()).toEqual(kept.map((r) => r.requestId).sort());
    const hours = await db
      .select({ hour: apiRequestHourly.hour })
      .from(apiRequestHourly)
      .where(eq(apiRequestHourly.keyId, ref.keyId));
    expect(hours.every(({ hour }) => hour.getTime() >= NOW.getTime() - 30 * DAY - HOUR)).toBe(true);
    expect(hours).toHaveLength(3);
  });
});
