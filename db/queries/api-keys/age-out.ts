import "server-only";
import { and, eq, inArray, isNotNull, lt, notExists, or } from "drizzle-orm";
import type { Database } from "@/db";
import { apiKeys, projectMemberships, users } from "@/db/schema";

/**
 * Deletes keys revoked or expired before `before` (their request history has aged out by then), and the
 * retired machine users that owned them; returns how many keys. Such keys are refused already, so no cache
 * needs telling: their hashes simply become unknown.
 */
export async function deleteAgedOutApiKeys(
  database: Database,
  { before }: { before: Date },
): Promise<number> {
  return database.transaction(async (tx) => {
    const deleted = await tx
      .delete(apiKeys)
      .where(
        or(
          and(isNotNull(apiKeys.revokedAt), lt(apiKeys.revokedAt, before)),
          and(isNotNull(apiKeys.expiresAt), lt(apiKeys.expiresAt, before)),
        ),
      )
      .returning({ userId: apiKeys.userId });
    const owners = [...new Set(deleted.map((key) => key.userId))];
    if (owners.length > 0) {
      await tx
        .delete(users)
        .where(
          and(
            inArray(users.id, owners),
            eq(users.isMachine, true),
            notExists(tx.select().from(projectMemberships).where(eq(projectMemberships.userId, users.id))),
            notExists(tx.select().from(apiKeys).where(eq(apiKeys.userId, users.id))),
          ),
        );
    }
    return deleted.length;
  });
}
