import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { sessions, users } from "@/db/schema";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_TOUCH_INTERVAL_MS,
  USER_AGENT_MAX_LENGTH,
} from "@/lib/account/session-policy";
import { setupTestDatabase, unique } from "@/test/database";
import {
  createSession,
  endSession,
  endUserSessions,
  getLiveSession,
  listLiveSessions,
  touchSession,
} from "./sessions";
import { createUser } from "./users";

setupTestDatabase();

const MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;
const at = (iso: string) => new Date(iso);
const T0 = at("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

async function newUser(name = "ada") {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return user;
}

const open = (userId: string, now = T0, userAgent: string | null = "Mozilla/5.0 test") =>
  createSession({ userId, userAgent, ipAddress: "203.0.113.9", now });

describe("createSession", () => {
  it("records who signed in, from where, and when; the user agent is truncated", async () => {
    const user = await newUser();
    const session = await open(user.id, T0, "x".repeat(2_000));
    expect(session).toMatchObject({
      userId: user.id,
      ipAddress: "203.0.113.9",
      createdAt: T0,
      lastSeenAt: T0,
      endedAt: null,
    });
    expect(session.id).toMatch(/^sess_[0-9A-Za-z]{20}$/);
    expect(session.userAgent).toHaveLength(USER_AGENT_MAX_LENGTH);
  });

  it("deletes the user's sessions that ended or went idle over a lifetime ago, and nobody else's", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const ended = await open(ada.id);
    await endSession({ id: ended.id, now: T0 });
    const idle = await open(ada.id);
    const recent = await open(ada.id, later(MAX_AGE_MS));
    const bobs = await open(bob.id);
    await endSession({ id: bobs.id, now: T0 });
    await open(ada.id, later(MAX_AGE_MS + 1_000));
    const left = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, ada.id));
    expect(left.map((row) => row.id)).not.toContain(ended.id);
    expect(left.map((row) => row.id)).not.toContain(idle.id);
    expect(left.map((row) => row.id)).toContain(recent.id);
    expect(await db.select().from(sessions).where(eq(sessions.id, bobs.id))).toHaveLength(1);
  });
});

describe("getLiveSession", () => {
  it.each([
    ["its own user, live", "own", null, 0, true],
    ["another user's id", "other", null, 0, false],
    ["ended", "own", "end", 0, false],
    ["idle just under a lifetime", "own", null, MAX_AGE_MS - 1, true],
    ["idle a whole lifetime", "own", null, MAX_AGE_MS, false],
  ] as const)("%s → %s", async (_case, who, action, idleMs, expected) => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const session = await open(ada.id);
    if (action === "end") await endSession({ id: session.id, now: T0 });
    const found = await getLiveSession({
      id: session.id,
      userId: who === "own" ? ada.id : bob.id,
      now: later(idleMs),
    });
    expect(found?.id ?? null).toBe(expected ? session.id : null);
  });

  it("does not find an id that was never issued", async () => {
    const user = await newUser();
    expect(await getLiveSession({ id: "sess_unknown", userId: user.id })).toBeNull();
  });
});

describe("touchSession", () => {
  it("writes last seen at most once per interval, and never for an ended session", async () => {
    const user = await newUser();
    const session = await open(user.id);
    expect(await touchSession({ id: session.id, now: later(SESSION_TOUCH_INTERVAL_MS - 1) })).toBe(false);
    expect(await touchSession({ id: session.id, now: later(SESSION_TOUCH_INTERVAL_MS + 1) })).toBe(true);
    expect(await touchSession({ id: session.id, now: later(SESSION_TOUCH_INTERVAL_MS + 2) })).toBe(false);
    const row = await getLiveSession({ id: session.id, userId: user.id, now: later(MAX_AGE_MS) });
    expect(row?.lastSeenAt).toEqual(later(SESSION_TOUCH_INTERVAL_MS + 1));
    await endSession({ id: session.id });
    expect(await touchSession({ id: session.id, now: later(10 * SESSION_TOUCH_INTERVAL_MS) })).toBe(false);
  });
});

describe("endSession", () => {
  it("ends a session once; a second end and another user's end change nothing", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const session = await open(ada.id);
    expect(await endSession({ id: session.id, userId: bob.id })).toBe(false);
    expect(await getLiveSession({ id: session.id, userId: ada.id, now: T0 })).not.toBeNull();
    expect(await endSession({ id: session.id, userId: ada.id, now: later(5) })).toBe(true);
    expect(await endSession({ id: session.id })).toBe(false);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id));
    expect(row?.endedAt).toEqual(later(5));
  });
});

describe("endUserSessions", () => {
  it("ends every live session of the user except the one kept, and no one else's", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const [kept, a2, a3] = [await open(ada.id), await open(ada.id), await open(ada.id)];
    await endSession({ id: a3.id });
    const bobs = await open(bob.id);
    expect(await endUserSessions({ userId: ada.id, exceptId: kept.id })).toBe(1);
    expect(await getLiveSession({ id: kept.id, userId: ada.id, now: T0 })).not.toBeNull();
    expect(await getLiveSession({ id: a2.id, userId: ada.id, now: T0 })).toBeNull();
    expect(await getLiveSession({ id: bobs.id, userId: bob.id, now: T0 })).not.toBeNull();
    expect(await endUserSessions({ userId: ada.id })).toBe(1);
    expect(await getLiveSession({ id: kept.id, userId: ada.id, now: T0 })).toBeNull();
  });
});

describe("listLiveSessions", () => {
  it("lists the user's live sessions, most recently seen first", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const older = await open(ada.id, T0);
    const newer = await open(ada.id, later(60_000));
    const ended = await open(ada.id, later(120_000));
    await endSession({ id: ended.id });
    await open(bob.id);
    const listed = await listLiveSessions({ userId: ada.id, now: later(180_000) });
    expect(listed.map((session) => session.id)).toEqual([newer.id, older.id]);
    expect(await listLiveSessions({ userId: ada.id, now: later(60_000 + MAX_AGE_MS) })).toEqual([]);
  });

  it("goes with its user", async () => {
    const user = await newUser();
    await open(user.id);
    await db.delete(users).where(eq(users.id, user.id));
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });
});
