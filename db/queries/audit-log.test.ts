import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { createApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import type { AuditAction } from "@/lib/audit-actions";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { type AuditLogFilter, insertAuditEntry, listAuditLog, listAuditLogFilterOptions } from "./audit-log";
import { createUser } from "./users";

setupTestDatabase();

const system = { id: null, name: "System" };

/** A project whose log holds, oldest first: ada created, bob edited, the system expired, ada revoked. */
async function projectWithLog() {
  const { project, actor: ada } = await ownerWithProject("ada");
  const bobUser = await createUser({
    name: "Bob",
    email: `bob-${project.id}@example.com`,
    passwordHash: null,
  });
  if (!bobUser) throw new Error("user not created");
  const bob = { id: bobUser.id, name: bobUser.name };
  const entries: [AuditAction, { id: string | null; name: string }, string][] = [
    ["api_key.created", ada, "first"],
    ["api_key.updated", bob, "second"],
    ["api_key.expired", system, "third"],
    ["api_key.revoked", ada, "fourth"],
  ];
  for (const [action, actor, target] of entries) {
    await insertAuditEntry(db, { projectId: project.id, action, actor, target: { id: null, name: target } });
  }
  // Another project's entry never shows here.
  const other = await ownerWithProject("eve");
  await insertAuditEntry(db, {
    projectId: other.project.id,
    action: "api_key.created",
    actor: other.actor,
    target: { id: null, name: "elsewhere" },
  });
  return { project, ada, bob };
}

describe("listAuditLog", () => {
  const cases: [string, (ids: { ada: string; bob: string }) => AuditLogFilter, string[]][] = [
    ["no filter: every entry, newest first", () => ({}), ["fourth", "third", "second", "first"]],
    ["one action", () => ({ action: "api_key.updated" }), ["second"]],
    ["one actor", ({ ada }) => ({ actor: ada }), ["fourth", "first"]],
    ["the system", () => ({ actor: "system" }), ["third"]],
    ["action and actor together", ({ ada }) => ({ action: "api_key.revoked", actor: ada }), ["fourth"]],
    ["an action nobody took", () => ({ action: "member.left" }), []],
    ["an actor from elsewhere", () => ({ actor: "user_nobody" }), []],
  ];

  it.each(cases)("%s", async (_name, filterOf, expected) => {
    const { project, ada, bob } = await projectWithLog();
    const filter = filterOf({ ada: ada.id, bob: bob.id });
    const { entries, total } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 50, filter });
    expect(entries.map((entry) => entry.targetName)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it("pages a filtered log", async () => {
    const { project, ada } = await projectWithLog();
    const filter = { actor: ada.id };
    const second = await listAuditLog({ projectId: project.id, page: 2, pageSize: 1, filter });
    expect(second.entries.map((entry) => entry.targetName)).toEqual(["first"]);
    expect(second.total).toBe(2);
  });
});

describe("listAuditLogFilterOptions", () => {
  it("offers each person in the log by name, and System when the app wrote entries", async () => {
    const { project, ada, bob } = await projectWithLog();
    const options = await listAuditLogFilterOptions({ projectId: project.id });
    expect(options.actors).toEqual([bob, ada].sort((a, b) => a.name.localeCompare(b.name)));
    expect(options.hasSystem).toBe(true);
  });

  it("has no System choice when every entry has an actor", async () => {
    const { project, actor } = await ownerWithProject("solo");
    await insertAuditEntry(db, { projectId: project.id, action: "api_key.created", actor, target: system });
    expect(await listAuditLogFilterOptions({ projectId: project.id })).toEqual({
      actors: [actor],
      hasSystem: false,
    });
  });
});

describe("audited changes", () => {
  it("records a key edit's before-values beside the new ones", async () => {
    const { project, actor, ipAddress } = await ownerWithProject("ada");
    const created = await createApiKey({
      projectId: project.id,
      name: "a",
      scopes: ["links.read"],
      expiresAt: null,
      owner: "self",
      actor,
      ipAddress,
    });
    if (!created.ok) throw new Error("key not created");
    const keyId = created.apiKey.id;
    await updateApiKey({
      projectId: project.id,
      keyId,
      name: "b",
      scopes: ["links.write"],
      expiresAt: null,
      actor,
      ipAddress,
    });
    const { entries } = await listAuditLog({
      projectId: project.id,
      page: 1,
      pageSize: 10,
      filter: { action: "api_key.updated" },
    });
    expect(entries[0]?.metadata).toMatchObject({
      name: "b",
      nameBefore: "a",
      // Write implies read: both sides are stored normalised.
      scopes: ["links.read", "links.write"],
      scopesBefore: ["links.read"],
      expiresAt: null,
      expiresAtBefore: null,
    });
  });

  it("records a publishable key's regeneration as one entry naming the key it replaced", async () => {
    const { project, actor, ipAddress } = await ownerWithProject("ada");
    const first = await generateProjectPublishableKey({ projectId: project.id, actor, ipAddress });
    const second = await generateProjectPublishableKey({ projectId: project.id, actor, ipAddress });
    const { entries } = await listAuditLog({ projectId: project.id, page: 1, pageSize: 10 });
    expect(entries.map((entry) => [entry.action, entry.targetName, entry.metadata])).toEqual([
      ["publishable_key.regenerated", second.token, { previousKey: first.token }],
      ["publishable_key.generated", first.token, null],
    ]);
  });
});
