import "server-only";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { apiKeys } from "@/db/schema";
import { keyEntry } from "./audit";

const SYSTEM = { id: null, name: "System" };

/** Writes an `api_key.expired` entry, once, for each key of the project whose expiry has passed. */
export async function recordExpiredApiKeys({ projectId }: { projectId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const expired = await tx
      .update(apiKeys)
      .set({ expiryAuditedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.projectId, projectId),
          lte(apiKeys.expiresAt, sql`now()`),
          isNull(apiKeys.expiryAuditedAt),
        ),
      )
      .returning({
        id: apiKeys.id,
        name: apiKeys.name,
        displayKey: apiKeys.displayKey,
        expiresAt: apiKeys.expiresAt,
      });
    for (const key of expired) {
      await insertAuditEntry(
        tx,
        keyEntry({ projectId, actor: SYSTEM }, "api_key.expired", key, {
          expiresAt: key.expiresAt?.toISOString() ?? null,
        }),
      );
    }
  });
}
