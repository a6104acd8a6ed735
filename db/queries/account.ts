import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { type User, users } from "@/db/schema";
import { endUserSessions } from "./sessions";

/** Renames a person; null when there is no such user. */
export async function updateUserName({
  userId,
  name,
}: {
  userId: string;
  name: string;
}): Promise<User | null> {
  const [user] = await db.update(users).set({ name }).where(eq(users.id, userId)).returning();
  return user ?? null;
}

/**
 * Stores a new password hash and ends every other session of the user in one transaction, so no session
 * opened with the old password outlives the change. Returns how many sessions it ended.
 */
export async function changePasswordHash({
  userId,
  passwordHash,
  keepSessionId,
  now = new Date(),
}: {
  userId: string;
  passwordHash: string;
  keepSessionId: string;
  now?: Date;
}): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    return endUserSessions({ userId, exceptId: keepSessionId, now }, tx);
  });
}
