import { describe, expect, it } from "vitest";
import { connect, databaseQueryCount, db, resolveDatabaseTarget } from "@/db";
import { createUser } from "@/db/queries/users";
import { projectMemberships } from "@/db/schema";
import { generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { publishKeyChange } from "@/lib/api-keys/invalidation";
import { changeMemberRole, deleteProject, removeMember, renameProject } from "@/lib/api-keys/key-changes";
import { revokeApiKey, rollApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { findApiKeyCached } from "./cache";
import { verifyApiKey } from "./verify";

setupTestDatabase();

const bearer = (secret: string) => `Bearer ${secret}`;

/** How many database queries `work` sends. */
async function queriesDuring(work: () => Promise<unknown>): Promise<number> {
  const before = databaseQueryCount();
  await work();
  return databaseQueryCount() - before;
}

/** Every change that affects a cached key, and what the next request sees. */
const EFFECTS = {
  revoke: "unauthorized",
  "roll now": "unauthorized",
  "edit to read-only": "permissions",
  "owner demoted": "permissions",
  "owner removed": "unauthorized",
  "project deleted": "unauthorized",
  "project renamed": "project",
  "slug changed": "project",
} as const;
type Change = keyof typeof EFFECTS;
const CHANGES = Object.keys(EFFECTS) as Change[];

/** A key of a project that has a second human owner, so that the first can be demoted or removed. */
async function keyWithCoOwner() {
  const setup = await projectWithKey();
  const other = await createUser({
    name: "Co-owner",
    email: `${unique("co")}@example.com`,
    passwordHash: null,
  });
  if (!other) throw new Error("user not created");
  await db
    .insert(projectMemberships)
    .values({ projectId: setup.project.id, userId: other.id, role: "owner" });
  return setup;
}

/** Makes one change that affects a cached key, the way the app makes it. */
async function applyChange(change: Change, setup: Awaited<ReturnType<typeof keyWithCoOwner>>) {
  const { project, apiKey, actor } = setup;
  const audit = { actor, ipAddress: "::1" };
  if (change === "revoke") await revokeApiKey({ projectId: project.id, keyId: apiKey.id, ...audit });
  if (change === "roll now")
    await rollApiKey({ projectId: project.id, keyId: apiKey.id, graceSeconds: 0, ...audit });
  if (change === "edit to read-only")
    await updateApiKey({
      projectId: project.id,
      keyId: apiKey.id,
      name: "ro",
      scopes: ["links.read"],
      expiresAt: null,
      ...audit,
    });
  if (change === "owner demoted")
    expect(
      await changeMemberRole({ projectId: project.id, userId: setup.user.id, role: "member", ...audit }),
    ).toMatchObject({ ok: true });
  if (change === "owner removed")
    expect(
      await removeMember({ projectId: project.id, userId: setup.user.id, reason: "removed", ...audit }),
    ).toMatchObject({ ok: true });
  if (change === "project deleted") await deleteProject({ projectId: project.id });
  const renamed = `${project.name} (renamed)`.slice(0, 50);
  if (change === "project renamed")
    await renameProject({ projectId: project.id, name: renamed, slug: project.slug });
  if (change === "slug changed")
    await renameProject({ projectId: project.id, name: renamed, slug: `${project.slug}-moved` });
}

describe("verification cache", () => {
  it("a warm key costs no database query", async () => {
    const { secret } = await projectWithKey();
    expect(await queriesDuring(() => verifyApiKey(bearer(secret)))).toBeGreaterThan(0);
    expect(await queriesDuring(() => verifyApiKey(bearer(secret)))).toBe(0);
    expect(
      await queriesDuring(() => Promise.all(Array.from({ length: 50 }, () => verifyApiKey(bearer(secret))))),
    ).toBe(0);
  });

  it("an unknown key is remembered briefly too, and a bad checksum never reaches the database", async () => {
    const unknown = generateSecretKey();
    await expect(verifyApiKey(bearer(unknown))).rejects.toMatchObject({ code: "unauthorized" });
    expect(await queriesDuring(() => verifyApiKey(bearer(unknown)).catch(() => null))).toBe(0);
    const badChecksum = `${unknown.slice(0, -1)}${unknown.endsWith("a") ? "b" : "a"}`;
    expect(await queriesDuring(() => verifyApiKey(bearer(badChecksum)).catch(() => null))).toBe(0);
  });

  it("is re-read once its lifetime is over, even without an invalidation", async () => {
    const { secret } = await projectWithKey();
    const hash = hashApiKey(secret);
    await findApiKeyCached(hash);
    expect(await queriesDuring(() => findApiKeyCached(hash))).toBe(0);
    expect(await queriesDuring(() => findApiKeyCached(hash, Date.now() + 31_000))).toBeGreaterThan(0);
  });

  it.each(CHANGES.map((change) => [change, EFFECTS[change]] as const))(
    "%s takes effect on the very next request",
    async (change, effect) => {
      const setup = await keyWithCoOwner();
      const { secret } = setup;
      expect((await verifyApiKey(bearer(secret))).permissions).toContain("domains.write");

      await applyChange(change, setup);

      if (effect === "unauthorized") {
        await expect(verifyApiKey(bearer(secret))).rejects.toMatchObject({ code: "unauthorized" });
      } else if (effect === "project") {
        const { project } = await verifyApiKey(bearer(secret));
        expect(project).toMatchObject({ name: `${setup.project.name} (renamed)`.slice(0, 50) });
        if (change === "slug changed") expect(project.slug).toBe(`${setup.project.slug}-moved`);
      } else {
        expect((await verifyApiKey(bearer(secret))).permissions).not.toContain("domains.write");
      }
    },
  );

  it("a stale entry is never stored by a lookup that raced with an invalidation", async () => {
    const { secret, project } = await projectWithKey();
    const hash = hashApiKey(secret);
    const racing = findApiKeyCached(hash);
    await publishKeyChange({ projectId: project.id });
    await racing;
    expect(await queriesDuring(() => findApiKeyCached(hash))).toBeGreaterThan(0);
  });
});

const target = resolveDatabaseTarget();

describe.skipIf(target.kind !== "postgres")(
  "invalidation across instances (PostgreSQL LISTEN/NOTIFY)",
  () => {
    it("another instance hears a key change within a second", async () => {
      const other = connect(target);
      try {
        const heard: string[] = [];
        let listening!: () => void;
        const ready = new Promise<void>((resolve) => {
          listening = resolve;
        });
        await other.broadcast?.listen(
          "codeqr_key_changes",
          (payload) => heard.push(payload),
          () => listening(),
        );
        await ready;
        const projectId = unique("proj");
        const started = performance.now();
        await publishKeyChange({ projectId });
        await expect.poll(() => heard, { timeout: 1_000, interval: 5 }).toContain(projectId);
        console.warn(
          `key change heard by another connection after ${(performance.now() - started).toFixed(1)} ms`,
        );
      } finally {
        await other.close();
      }
    });

    it.each(CHANGES)("%s is announced to every other instance", async (change) => {
      const other = connect(target);
      try {
        const heard: string[] = [];
        await new Promise<void>((ready) => {
          void other.broadcast?.listen("codeqr_key_changes", (payload) => heard.push(payload), ready);
        });
        const setup = await keyWithCoOwner();
        await applyChange(change, setup);
        await expect.poll(() => heard, { timeout: 1_000, interval: 5 }).toContain(setup.project.id);
      } finally {
        await other.close();
      }
    });
  },
);
