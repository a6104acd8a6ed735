import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect, resolveDatabaseTarget } from "@/db";
import { endSession, getLiveSession } from "@/db/queries/sessions";
import { createUser } from "@/db/queries/users";
import { sessions } from "@/db/schema";
import { setupTestDatabase, unique } from "@/test/database";
import { isSessionLive, startSession } from "./session-check";
import { SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

setupTestDatabase();

const request = { userAgent: "Mozilla/5.0 test", ipAddress: "203.0.113.9" };

async function signedIn() {
  const user = await createUser({ name: "ada", email: `${unique("ada")}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return { userId: user.id, sid: await startSession(user.id, request) };
}

describe("isSessionLive (every session read)", () => {
  it.each([
    ["a live session of its own user", (s: Claims) => s, true],
    [
      "a token without a session id (issued before sessions were recorded)",
      (s: Claims) => ({ sub: s.sub }),
      false,
    ],
    ["a token without a user", (s: Claims) => ({ sid: s.sid }), false],
    ["another user's id with this session", (s: Claims) => ({ ...s, sub: "user_someoneelse" }), false],
    ["a session id that was never issued", (s: Claims) => ({ ...s, sid: "sess_forged" }), false],
    ["non-string claims", (s: Claims) => ({ sub: [s.sub], sid: { id: s.sid } }), false],
  ])("%s → %s", async (_case, claimsOf, expected) => {
    const { userId, sid } = await signedIn();
    expect(await isSessionLive(claimsOf({ sub: userId, sid }))).toBe(expected);
  });

  it("refuses a session once it is signed out", async () => {
    const { userId, sid } = await signedIn();
    expect(await isSessionLive({ sub: userId, sid })).toBe(true);
    await endSession({ id: sid });
    expect(await isSessionLive({ sub: userId, sid })).toBe(false);
  });

  it("records use at most once per interval, off the request path", async () => {
    const { userId, sid } = await signedIn();
    const started = (await getLiveSession({ id: sid, userId }))?.lastSeenAt;
    if (!started) throw new Error("no session");
    const soon = new Date(started.getTime() + SESSION_TOUCH_INTERVAL_MS - 1);
    expect(await isSessionLive({ sub: userId, sid }, soon)).toBe(true);
    const next = new Date(started.getTime() + SESSION_TOUCH_INTERVAL_MS);
    expect(await isSessionLive({ sub: userId, sid }, next)).toBe(true);
    await expect
      .poll(async () => (await getLiveSession({ id: sid, userId, now: next }))?.lastSeenAt)
      .toEqual(next);
  });
});

type Claims = { sub: unknown; sid: unknown };

const target = resolveDatabaseTarget();

describe.skipIf(target.kind !== "postgres")("across instances (one PostgreSQL)", () => {
  it("a session signed out through another instance is refused here at once", async () => {
    const other = connect(target);
    try {
      const { userId, sid } = await signedIn();
      expect(await isSessionLive({ sub: userId, sid })).toBe(true);
      await other.db.update(sessions).set({ endedAt: new Date() }).where(eq(sessions.id, sid));
      expect(await isSessionLive({ sub: userId, sid })).toBe(false);
    } finally {
      await other.close();
    }
  });
});
