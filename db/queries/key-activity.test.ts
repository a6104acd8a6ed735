import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import type { NewApiRequest } from "@/db/schema";
import { createApiKey, rollApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { getApiKeyCreator } from "./api-keys/created-by";
import { listAuditLogForTarget } from "./audit-log";
import { keyLastRequest, keyRouteIds, keyUsageSummary } from "./key-activity";
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
  fields: { ago: number; status?: number; routeId?: string; durationMs?: number; address?: string },
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
    clientAddress: fields.address ?? "203.0.113.9",
    userAgent: `agent ${fields.ago}`,
  };
}

describe("keyLastRequest", () => {
  it("is the newest request's time, address and user agent; null for another project or no requests", async () => {
    const ref = scope();
    expect(await keyLastRequest(ref)).toBeNull();
    await writeApiRequestBatch(db, [
      row(ref, { ago: 5_000, address: "198.51.100.1" }),
      row(ref, { ago: 1_000, address: "198.51.100.2" }),
      row(ref, { ago: 3_000, address: "198.51.100.3" }),
    ]);
    expect(await keyLastRequest(ref)).toEqual({
      at: new Date(NOW.getTime() - 1_000),
      clientAddress: "198.51.100.2",
      userAgent: "agent 1000",
    });
    expect(await keyLastRequest({ ...ref, projectId: "prj_other" })).toBeNull();
  });
});

describe("keyUsageSummary", () => {
  it("adds up a range's requests by class, with the error rate and percentiles over the whole range", async () => {
    const ref = scope();
    await writeApiRequestBatch(db, [
      row(ref, { ago: 0, durationMs: 3 }),
      row(ref, { ago: 2 * HOUR, durationMs: 3 }),
      row(ref, { ago: 5 * HOUR, status: 404, durationMs: 3 }),
      row(ref, { ago: 6 * HOUR, status: 503, durationMs: 2_000, routeId: "POST /api/tags" }),
      row(ref, { ago: 3 * DAY, status: 201, routeId: "POST /api/links" }),
      row(ref, { ago: 20 * DAY, status: 429 }),
    ]);
    const day = await keyUsageSummary({ ...ref, range: "24h", now: NOW });
    expect(day).toMatchObject({ total: 4, byClass: { "2xx": 2, "3xx": 0, "4xx": 1, "5xx": 1 } });
    expect(day.errorRate).toBe(0.5);
    expect(day.p50Ms).toBeLessThanOrEqual(5);
    expect(day.p95Ms).toBeGreaterThan(1_000);
    expect(day.p95Ms).toBeLessThanOrEqual(2_000);

    expect(await keyUsageSummary({ ...ref, range: "7d", now: NOW })).toMatchObject({
      total: 5,
      byClass: { "2xx": 3, "4xx": 1, "5xx": 1 },
    });
    expect(await keyUsageSummary({ ...ref, range: "30d", now: NOW })).toMatchObject({
      total: 6,
      byClass: { "2xx": 3, "4xx": 2, "5xx": 1 },
    });
    expect(await keyRouteIds(ref)).toEqual(["GET /api/links", "POST /api/links", "POST /api/tags"]);
  });

  it("is zeros and no percentiles without requests, and for another project's key", async () => {
    const ref = scope();
    await writeApiRequestBatch(db, [row(ref, { ago: 0 })]);
    const other = { projectId: "prj_other", keyId: ref.keyId };
    expect(await keyUsageSummary({ ...other, range: "30d", now: NOW })).toEqual({
      total: 0,
      byClass: { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 },
      errorRate: 0,
      p50Ms: null,
      p95Ms: null,
    });
    expect(await keyRouteIds(other)).toEqual([]);
  });
});

describe("a key's creator and history", () => {
  it("names who created the key and lists only its own audit entries, newest first", async () => {
    const { project, actor, ipAddress } = await ownerWithProject("Ada");
    const created = await createApiKey({
      projectId: project.id,
      name: "first",
      scopes: ["links.read"],
      expiresAt: null,
      owner: "self",
      actor,
      ipAddress,
    });
    const other = await createApiKey({
      projectId: project.id,
      name: "second",
      scopes: [],
      expiresAt: null,
      owner: "machine",
      actor,
      ipAddress,
    });
    if (!created.ok || !other.ok) throw new Error("keys not created");
    const ref = { projectId: project.id, keyId: created.apiKey.id };
    await updateApiKey({
      ...ref,
      name: "renamed",
      scopes: ["links.write"],
      expiresAt: null,
      actor,
      ipAddress,
    });
    await rollApiKey({ ...ref, graceSeconds: 0, actor, ipAddress });

    expect(await getApiKeyCreator(ref)).toEqual({ id: actor.id, name: "Ada" });
    expect(await getApiKeyCreator({ ...ref, projectId: "prj_other" })).toBeNull();
    // A machine user's key was still created by the person who made it.
    expect(await getApiKeyCreator({ projectId: project.id, keyId: other.apiKey.id })).toEqual({
      id: actor.id,
      name: "Ada",
    });

    const history = await listAuditLogForTarget({ projectId: project.id, targetId: created.apiKey.id });
    expect(history.map((entry) => entry.action)).toEqual([
      "api_key.rolled",
      "api_key.updated",
      "api_key.created",
    ]);
    expect(history.every((entry) => entry.targetId === created.apiKey.id)).toBe(true);
    expect(await listAuditLogForTarget({ projectId: "prj_other", targetId: created.apiKey.id })).toEqual([]);
  });
});
