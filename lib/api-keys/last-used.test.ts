import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/oauth/userinfo/route";
import { db } from "@/db";
import { apiKeys } from "@/db/schema";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { flushLastUsedWrites } from "./last-used";

setupTestDatabase();

const lastUsed = async (keyId: string) =>
  (await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, keyId)))[0]?.at ?? null;

describe("last used", () => {
  it("is written after a request, at most once a minute per key", async () => {
    const { secret, apiKey } = await projectWithKey();
    expect(await lastUsed(apiKey.id)).toBeNull();
    await callRoute(GET, { url: "/api/oauth/userinfo", secret });
    await expect.poll(() => lastUsed(apiKey.id)).not.toBeNull();
    const first = await lastUsed(apiKey.id);

    // Pretend the write happened two minutes ago in the database; this process still remembers its own write.
    const earlier = new Date(Date.now() - 120_000);
    await db.update(apiKeys).set({ lastUsedAt: earlier }).where(eq(apiKeys.id, apiKey.id));
    await callRoute(GET, { url: "/api/oauth/userinfo", secret });
    await flushLastUsedWrites();
    expect(await lastUsed(apiKey.id)).toEqual(earlier);
    expect(first).not.toBeNull();
  });
});
