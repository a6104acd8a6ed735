import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLogs, projectMemberships, type User } from "@/db/schema";
import { DEFAULT_KEY_POLICY, type KeyPolicy } from "@/lib/api-keys/policy";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { newUser } from "@/test/invitations";

// The actions are called as Next would call them; only the request around them (who is signed in, the
// headers) is stood in for. The database is the real one.
const signedIn = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { createApiKeyAction, rollApiKeyAction, updateApiKeyAction } = await import("./actions");
const { updateKeyPolicyAction } = await import("./key-policy-actions");

setupTestDatabase();

const LIMIT_30 = "This project's key policy limits keys to 30 days. Choose an expiry within 30 days.";
const keyForm = { name: "CI", preset: "read_only" } as const;

let owner: User;
let member: User;
let projectSlug: string;
let projectId: string;

beforeAll(async () => {
  const setup = await ownerWithProject("ada");
  owner = setup.user;
  projectSlug = setup.project.slug;
  projectId = setup.project.id;
  member = await newUser("bob");
  await db.insert(projectMemberships).values({ projectId, userId: member.id, role: "member" });
});

async function as<T>(user: User, action: () => Promise<T>): Promise<T> {
  signedIn.user = user;
  try {
    return await action();
  } finally {
    signedIn.user = null;
  }
}

const setPolicy = (changes: Partial<KeyPolicy>) =>
  as(owner, () => updateKeyPolicyAction({ projectSlug, ...DEFAULT_KEY_POLICY, ...changes }));

const createKey = (user: User, expiresIn: "never" | "30d" | "90d" | "date", expiresOn?: string) =>
  as(user, () => createApiKeyAction({ projectSlug, ...keyForm, owner: "self", expiresIn, expiresOn }));

describe("key policy", () => {
  it("refuses a key that never expires, with the reason, once a max lifetime is set", async () => {
    await setPolicy({ maxLifetimeDays: 30 });
    try {
      const result = await createKey(owner, "never");
      expect(result).toEqual({ ok: false, error: LIMIT_30, fieldErrors: { expiresIn: [LIMIT_30] } });
      expect(await createKey(owner, "90d")).toMatchObject({ ok: false, error: LIMIT_30 });
      expect(await createKey(owner, "30d")).toMatchObject({ ok: true });
    } finally {
      await setPolicy({});
    }
  });

  it("lets a key never expire when there is no max lifetime", async () => {
    expect(await createKey(owner, "never")).toMatchObject({
      ok: true,
      data: { apiKey: { expiresAt: null } },
    });
  });

  it("refuses to edit a key to never expire, and to roll a key made before the limit, until its expiry is edited", async () => {
    const created = await createKey(owner, "never");
    if (!created.ok) throw new Error(created.error);
    const keyId = created.data.apiKey.id;
    await setPolicy({ maxLifetimeDays: 30 });
    try {
      const kept = await as(owner, () =>
        updateApiKeyAction({ projectSlug, keyId, ...keyForm, name: "Renamed", expiresIn: "keep" }),
      );
      expect(kept).toEqual({ ok: false, error: LIMIT_30, fieldErrors: { expiresIn: [LIMIT_30] } });

      const rolled = await as(owner, () => rollApiKeyAction({ projectSlug, keyId, grace: "now" }));
      expect(rolled).toMatchObject({
        ok: false,
        error:
          "This key expires later than this project's key policy allows (30 days). Edit its expiry first, then roll it.",
      });

      const edited = await as(owner, () =>
        updateApiKeyAction({ projectSlug, keyId, ...keyForm, expiresIn: "30d" }),
      );
      expect(edited).toMatchObject({ ok: true });
      expect(await as(owner, () => rollApiKeyAction({ projectSlug, keyId, grace: "now" }))).toMatchObject({
        ok: true,
      });
    } finally {
      await setPolicy({});
    }
  });

  it("refuses members' new keys when only owners may create them; owners still may", async () => {
    const onlyOwners = "This project's key policy lets only owners create keys.";
    await setPolicy({ membersMayCreate: false });
    try {
      expect(await createKey(member, "never")).toEqual({
        ok: false,
        error: onlyOwners,
        fieldErrors: { form: [onlyOwners] },
      });
      expect(await createKey(owner, "never")).toMatchObject({ ok: true });
    } finally {
      await setPolicy({});
    }
    expect(await createKey(member, "never")).toMatchObject({ ok: true });
  });

  it("lets only owners change the policy", async () => {
    const result = await as(member, () =>
      updateKeyPolicyAction({ projectSlug, ...DEFAULT_KEY_POLICY, membersMayCreate: false }),
    );
    expect(result).toEqual({ ok: false, error: "Only project owners can do this." });
  });

  it("refuses a max lifetime the policy does not offer", async () => {
    const result = await as(owner, () =>
      updateKeyPolicyAction({ projectSlug, ...DEFAULT_KEY_POLICY, maxLifetimeDays: 14 }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { maxLifetimeDays: ["Choose a maximum lifetime"] },
    });
  });

  it("audits a policy change with what it was before and after", async () => {
    await setPolicy({ maxLifetimeDays: 90, machineKeysRequireAllowlist: true });
    await setPolicy({});
    const entries = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.projectId, projectId), eq(auditLogs.action, "key_policy.updated")))
      .orderBy(auditLogs.createdAt);
    const last = entries.slice(-2);
    expect(last.map((entry) => [entry.actorName, entry.targetName])).toEqual([
      [owner.name, "Key policy"],
      [owner.name, "Key policy"],
    ]);
    expect(last.map((entry) => entry.metadata)).toEqual([
      {
        maxLifetimeDaysBefore: null,
        maxLifetimeDaysAfter: 90,
        membersMayCreateBefore: true,
        membersMayCreateAfter: true,
        machineKeysRequireAllowlistBefore: false,
        machineKeysRequireAllowlistAfter: true,
      },
      {
        maxLifetimeDaysBefore: 90,
        maxLifetimeDaysAfter: null,
        membersMayCreateBefore: true,
        membersMayCreateAfter: true,
        machineKeysRequireAllowlistBefore: true,
        machineKeysRequireAllowlistAfter: false,
      },
    ]);
  });

  it("writes no audit entry when a save changes nothing", async () => {
    const count = async () =>
      (
        await db
          .select()
          .from(auditLogs)
          .where(and(eq(auditLogs.projectId, projectId), eq(auditLogs.action, "key_policy.updated")))
      ).length;
    const before = await count();
    expect(await setPolicy({})).toEqual({ ok: true, data: DEFAULT_KEY_POLICY });
    expect(await count()).toBe(before);
  });
});
