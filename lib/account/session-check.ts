import "server-only";
import { createSession, getLiveSession, touchSession } from "@/db/queries/sessions";
import { logger } from "@/lib/logger";
import { SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

/** What a session cookie's token says about its session (Auth.js JWT fields). */
export type SessionClaims = { sub?: unknown; sid?: unknown };

/** Records a sign-in and returns the id the session cookie will carry. */
export async function startSession(
  userId: string,
  request: { userAgent: string | null; ipAddress: string | null },
): Promise<string> {
  const session = await createSession({ userId, ...request });
  return session.id;
}

/**
 * True when the token names a live session of its own user. Run on every session read, so a signed-out
 * cookie is refused by every instance at once. "Last seen" is refreshed at most once a minute, without
 * holding up the request.
 */
export async function isSessionLive(claims: SessionClaims, now = new Date()): Promise<boolean> {
  const { sub: userId, sid: id } = claims;
  if (typeof userId !== "string" || typeof id !== "string") return false;
  const session = await getLiveSession({ id, userId, now });
  if (!session) return false;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    touchSession({ id, now }).catch((error: unknown) =>
      logger().warn({ event: "session_touch_failed", err: error }, "could not record session use"),
    );
  }
  return true;
}
