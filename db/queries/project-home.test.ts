import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiKeys, type NewApiRequest } from "@/db/schema";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage";
import { setupTestDatabase, unique } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { expire, invited, newUser } from "@/test/invitations";
import { acceptInvitation } from "./invitation-accept";
import { createInvitation } from "./invitations";
import { getProjectHome } from "./project-home";
import { writeApiRequestBatch } from "./request-log-writes";

setupTestDatabase();

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function request(ref: { projectId: string; keyId: string }, at: Date, status = 200): NewApiRequest {
  return {
    requestId: randomUUID(),
    at,
    projectId: ref.projectId,
    keyId: ref.keyId,
    method: "GET",
    routeId: "GET /api/links",
    path: "/api/links",
    status,
    durationMs: 12,
    clientAddress: "203.0.113.9",
    userAgent: null,
  };
}

async function newProject() {
  const owner = await ownerWithProject("home");
  const audit = { actor: owner.actor, ipAddress: owner.ipAddress };
  const key = async (name: string, expiresInMs: number | null = null) => {
    const created = await createApiKey({
      projectId: owner.project.id,
      name,
      scopes: [],
      expiresAt: expiresInMs === null ? null : new Date(Date.now() + expiresInMs),
      owner: "self",
      ...audit,
    });
    if (!created.ok) throw new Error("key not created");
    return { projectId: owner.project.id, keyId: created.apiKey.id };
  };
  const invite = (email: string) =>
    createInvitation({
      projectId: owner.project.id,
      email,
      role: "member",
      invitedBy: owner.actor,
      ipAddress: owner.ipAddress,
      seatLimit: 10,
    });
  return { ...owner, audit, key, invite };
}

describe("getProjectHome", () => {
  it("starts with nothing done, zero counts, one member and no activity unless asked", async () => {
    const { project } = await newProject();
    const home = await getProjectHome({ projectId: project.id });
    expect(home).toMatchObject({
      checklist: { createdKey: false, madeRequest: false, invitedTeammate: false },
      keys: { active: 0, expiringSoon: 0 },
      people: { members: 1, pendingInvitations: 0 },
      requests: { total: 0, errorCount: 0, errorRate: 0 },
      recentActivity: null,
    });
    expect(home.requests.hourly).toEqual(new Array(24).fill(0));
  });

  it("counts active keys and those expiring within 7 days, never revoked or expired ones", async () => {
    const { project, key, audit } = await newProject();
    await key("Forever");
    await key("Soon", 3 * DAY);
    await key("Later", 30 * DAY);
    const revoked = await key("Revoked", 2 * DAY);
    await revokeApiKey({ ...revoked, ...audit });
    const expired = await key("Expired", DAY);
    await db
      .update(apiKeys)
      .set({ expiresAt: new Date(Date.now() - HOUR) })
      .where(eq(apiKeys.id, expired.keyId));

    const home = await getProjectHome({ projectId: project.id });
    expect(home.keys).toEqual({ active: 3, expiringSoon: 1 });
    expect(home.checklist.createdKey).toBe(true);
    expect(home.checklist.madeRequest).toBe(false);
  });

  it("reads the last 24 hours of this project's requests from the rollup, per hour, with errors", async () => {
    const { project, key } = await newProject();
    const ref = await key("CI");
    const other = await (await newProject()).key("Elsewhere");
    const now = new Date();
    await writeApiRequestBatch(db, [
      request(ref, new Date(now.getTime() - 2 * HOUR)),
      request(ref, new Date(now.getTime() - 2 * HOUR), 404),
      request(ref, now, 500),
      request(ref, now),
      request(ref, new Date(now.getTime() - 3 * DAY)),
      request(other, now),
    ]);

    const home = await getProjectHome({ projectId: project.id, now });
    expect(home.requests).toMatchObject({ total: 4, errorCount: 2, errorRate: 0.5 });
    expect(home.requests.hourly.at(-1)).toBe(2);
    expect(home.requests.hourly.at(-3)).toBe(2);
    expect(home.requests.hourly.reduce((a, b) => a + b, 0)).toBe(4);
    expect(home.checklist.madeRequest).toBe(true);
  });

  it("ticks the first request for one older than 24 hours too", async () => {
    const { project, key } = await newProject();
    const ref = await key("Old");
    await writeApiRequestBatch(db, [request(ref, new Date(Date.now() - 3 * DAY))]);
    const home = await getProjectHome({ projectId: project.id });
    expect(home.requests.total).toBe(0);
    expect(home.checklist.madeRequest).toBe(true);
  });

  it("ticks the invitation once someone is invited, and counts members who joined and pending invitations", async () => {
    const { project, invite } = await newProject();
    const eve = await newUser("eve");
    const { token } = await invited(await invite(eve.email ?? ""));
    await invited(await invite(`${unique("bob")}@example.com`));
    const lapsed = await invited(await invite(`${unique("zed")}@example.com`));
    await expire(lapsed.invitation.id);
    expect((await getProjectHome({ projectId: project.id })).checklist.invitedTeammate).toBe(true);

    await acceptInvitation({ token, user: eve, ipAddress: "127.0.0.1" });
    const home = await getProjectHome({ projectId: project.id });
    expect(home.people).toEqual({ members: 2, pendingInvitations: 1 });
    expect(home.checklist.invitedTeammate).toBe(true);
  });

  it("loads the newest audit entries of this project only, newest first, when asked", async () => {
    const { project, key } = await newProject();
    await key("First");
    await key("Second");
    await (await newProject()).key("Elsewhere");
    const home = await getProjectHome({ projectId: project.id, activityLimit: 5 });
    expect(home.recentActivity?.map((entry) => [entry.action, entry.targetName])).toEqual([
      ["api_key.created", "Second"],
      ["api_key.created", "First"],
    ]);
  });
});
