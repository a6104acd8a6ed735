import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { connect, db, resolveDatabaseTarget } from "@/db";
import { writeApiRequestBatch } from "@/db/queries/request-log-writes";
import { apiRequests } from "@/db/schema";
import { PEER_HEADER } from "@/lib/client-address";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { handlerFor } from "@/test/route-handlers";
import type { ApiRequestEntry } from "./entry";
import { flushRequestLog, replaceRequestLogWriter } from "./index";
import { RequestLogWriter, type WriterOptions } from "./writer";

setupTestDatabase();

const writers: RequestLogWriter[] = [];
afterEach(() => {
  for (const writer of writers.splice(0)) writer.stop();
});

function entry(keyId: string): ApiRequestEntry {
  const request = new Request("http://localhost/api/links?page=1", {
    headers: { [PEER_HEADER]: "127.0.0.1" },
  });
  const startedAt = performance.now();
  return {
    request,
    requestId: randomUUID(),
    key: { id: keyId, project: { id: "prj_writer" } },
    routeId: "GET /api/links",
    status: 200,
    startedAt,
    endedAt: startedAt + 3,
  };
}

function writerInto(
  sink: (rows: Parameters<typeof writeApiRequestBatch>[1]) => Promise<void>,
  options: WriterOptions,
) {
  const warnings: Record<string, unknown>[] = [];
  const writer = new RequestLogWriter(sink, (fields) => warnings.push(fields), options);
  writers.push(writer);
  return { writer, warnings };
}

const stored = (keyId: string) => db.$count(apiRequests, eq(apiRequests.keyId, keyId));

/** A connection of the run's kind (PGlite or PostgreSQL) that has been closed: every write through it fails. */
async function closedDatabase() {
  const target = resolveDatabaseTarget();
  const connection = connect(target.kind === "postgres" ? target : { kind: "pglite", dataDir: null });
  await connection.close();
  return connection.db;
}

describe("RequestLogWriter", () => {
  it("writes what it buffered within one interval, not while the request is answered", async () => {
    const keyId = `key_${randomUUID()}`;
    const { writer } = writerInto((rows) => writeApiRequestBatch(db, rows), {
      intervalMs: 100,
      batchSize: 1_000,
      maxBuffered: 10_000,
    });
    for (let i = 0; i < 3; i++) writer.record(entry(keyId));
    expect(writer.waiting).toBe(3);
    expect(await stored(keyId)).toBe(0);
    await vi.waitFor(async () => expect(await stored(keyId)).toBe(3), { timeout: 5_000, interval: 20 });
  });

  it("writes a full batch at once, without waiting for the interval", async () => {
    const keyId = `key_${randomUUID()}`;
    const { writer } = writerInto((rows) => writeApiRequestBatch(db, rows), {
      intervalMs: 3_600_000,
      batchSize: 5,
      maxBuffered: 100,
    });
    for (let i = 0; i < 4; i++) writer.record(entry(keyId));
    expect(writer.waiting).toBe(4);
    writer.record(entry(keyId));
    await vi.waitFor(async () => expect(await stored(keyId)).toBe(5), { timeout: 5_000, interval: 20 });
    writer.record(entry(keyId));
    expect(writer.waiting).toBe(1);
    await writer.flush();
    expect(await stored(keyId)).toBe(6);
  });

  it("drops what it cannot keep or write when the database fails, and says how many in one line", async () => {
    const dead = await closedDatabase();
    const { writer, warnings } = writerInto((rows) => writeApiRequestBatch(dead, rows), {
      intervalMs: 3_600_000,
      batchSize: 10,
      maxBuffered: 20,
    });
    for (let i = 0; i < 25; i++) writer.record(entry("key_dead"));
    await writer.flush();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ event: "request_log_dropped", dropped: 25, err: expect.any(Object) });
    await writer.flush();
    expect(warnings).toHaveLength(1);
  });

  it("keeps answering requests 2xx while their entries are dropped", async () => {
    const { secret, apiKey } = await projectWithKey();
    const { writer, warnings } = writerInto(
      async (rows) => writeApiRequestBatch(await closedDatabase(), rows),
      {
        intervalMs: 3_600_000,
        batchSize: 1_000,
        maxBuffered: 10_000,
      },
    );
    const previous = replaceRequestLogWriter(writer);
    try {
      for (let i = 0; i < 3; i++) {
        const response = await callRoute(handlerFor("GET /api/oauth/userinfo") as never, {
          url: "/api/oauth/userinfo",
          secret,
        });
        expect(response.status).toBe(200);
      }
      await flushRequestLog();
    } finally {
      replaceRequestLogWriter(previous);
    }
    expect(warnings).toMatchObject([{ event: "request_log_dropped", dropped: 3 }]);
    expect(await stored(apiKey.id)).toBe(0);
  });
});
