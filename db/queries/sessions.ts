import "server-only";
import { and, desc, eq, gt, isNull, lt, lte, ne, or, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { sessions, type UserSession } from "@/db/schema";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_TOUCH_INTERVAL_MS,
  USER_AGENT_MAX_LENGTH,
} from "@/lib/account/session-policy";
import { createId } from "@/lib/ids";

const MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;

/** Not ended, and used within the session lifetime. */
function live(now: Date): SQL {
  return and(isNull(sessions.endedAt), gt(sessions.lastSeenAt, new Date(now.getTime() - MAX_AGE_MS))) as SQL;
}

/**
 * Records a sign-in and returns its row. The user's sessions that ended or went idle over a lifetime ago are
 * deleted on the way, so the table grows with live sessions only.
 */
export async function createSession({
  userId,
  userAgent,
  ipAddress,
  now = new Date(),
}: {
  userId: string;
  userAgent: string | null;
  ipAddress: string | null;
  now?: Date;
}): Promise<UserSession> {
  const cutoff = new Date(now.getTime() - MAX_AGE_MS);
  await db
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), or(lt(sessions.endedAt, cutoff), lt(sessions.lastSeenAt, cutoff))),
    );
  const [session] = await db
    .insert(sessions)
    .values({
      id: createId("sess"),
      userId,
      userAgent: userAgent?.slice(0, USER_AGENT_MAX_LENGTH) || null,
      ipAddress,
      createdAt: now,
      lastSeenAt: now,
    })
    .returning();
  if (!session) throw new Error("session not created");
  return session;
}

/** The session if it belongs to this user and is live; null when it ended, expired, or is someone else's. */
export async function getLiveSession({
  id,
  userId,
  now = new Date(),
}: {
  id: string;
  userId: string;
  now?: Date;
}): Promise<UserSession | null> {
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), live(now)))
    .limit(1);
  return session ?? null;
}

/** Moves "last seen" to `now` unless it was written within the touch interval; true when it wrote. */
export async function touchSession({ id, now = new Date() }: { id: string; now?: Date }): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.endedAt),
        lte(sessions.lastSeenAt, new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS)),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/**
 * Ends one session (sign-out); with `userId`, only if it is that user's. False when it had already ended, does
 * not exist, or is someone else's.
 */
export async function endSession({
  id,
  userId,
  now = new Date(),
}: {
  id: string;
  userId?: string;
  now?: Date;
}): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ endedAt: now })
    .where(
      and(eq(sessions.id, id), userId ? eq(sessions.userId, userId) : undefined, isNull(sessions.endedAt)),
    )
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every live session of the user, except `exceptId` when given; returns how many it ended. */
export async function endUserSessions(
  { userId, exceptId, now = new Date() }: { userId: string; exceptId?: string; now?: Date },
  executor: Executor = db,
): Promise<number> {
  const rows = await executor
    .update(sessions)
    .set({ endedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        exceptId ? ne(sessions.id, exceptId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** The user's live sessions, most recently seen first. */
export async function listLiveSessions({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}): Promise<UserSession[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), live(now)))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}
