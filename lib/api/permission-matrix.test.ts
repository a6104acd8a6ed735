import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { createUser } from "@/db/queries/users";
import { domains, links, projectMemberships, tags } from "@/db/schema";
import { generateSecretKey } from "@/lib/api-keys/format";
import { createApiKey, revokeApiKey, rollApiKey } from "@/lib/api-keys/manage";
import { hasPermission, PERMISSIONS, type Permission } from "@/lib/api-keys/permissions";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { fillPath, handlerFor } from "@/test/route-handlers";
import { API_ROUTES, type RouteId, type RouteSpec, routeOf } from "./routes";

setupTestDatabase();

/** What a caller presents, and whether the route should let it through (pass) or refuse it with a status. */
type Caller = {
  name: string;
  header: () => string | undefined;
  expect: (route: RouteSpec) => "pass" | number;
};

const secretRoute = (route: RouteSpec) => route.auth === "secret";
const allows = (scopes: readonly Permission[]) => (route: RouteSpec) => {
  if (route.auth === "publishable") return 403;
  if (route.auth !== "secret") return "pass";
  return route.permission === null || hasPermission(scopes, route.permission) ? "pass" : 403;
};
const refusedWith = (status: number) => (route: RouteSpec) => (route.auth === "public" ? "pass" : status);
/** A well-formed secret key that no longer works: 401 on secret routes; on the publishable route any secret is 403. */
const deadSecret = (route: RouteSpec) => (route.auth === "publishable" ? 403 : refusedWith(401)(route));

const secrets: Record<string, string> = {};
let params: Record<string, string> = {};
let ownerActor: { id: string; name: string };

beforeAll(async () => {
  const owner = await projectWithKey(PERMISSIONS);
  ownerActor = owner.actor;
  const projectId = owner.project.id;
  secrets.all = owner.secret;
  const keyWith = async (
    scopes: readonly Permission[],
    extra: { expiresAt?: Date; actor?: typeof ownerActor } = {},
  ) => {
    const created = await createApiKey({
      projectId,
      name: unique("key"),
      scopes: [...scopes],
      expiresAt: extra.expiresAt ?? null,
      owner: "self",
      actor: extra.actor ?? ownerActor,
      ipAddress: "::1",
    });
    if (!created.ok) throw new Error("key not created");
    return created;
  };
  secrets.readOnly = (await keyWith(PERMISSIONS.filter((p) => p.endsWith(".read")))).secret;
  secrets.emptyRestricted = (await keyWith([])).secret;
  for (const permission of PERMISSIONS) secrets[permission] = (await keyWith([permission])).secret;
  secrets.expired = (await keyWith(PERMISSIONS, { expiresAt: new Date(Date.now() - 60_000) })).secret;
  const revoked = await keyWith(PERMISSIONS);
  await revokeApiKey({ projectId, keyId: revoked.apiKey.id, actor: ownerActor, ipAddress: "::1" });
  secrets.revoked = revoked.secret;
  const rolled = await keyWith(PERMISSIONS);
  await rollApiKey({
    projectId,
    keyId: rolled.apiKey.id,
    graceSeconds: 0,
    actor: ownerActor,
    ipAddress: "::1",
  });
  secrets.rolledOut = rolled.secret;

  const member = await createUser({
    name: "Member",
    email: `${unique("member")}@example.com`,
    passwordHash: null,
  });
  if (!member) throw new Error("member not created");
  await db.insert(projectMemberships).values({ projectId, userId: member.id, role: "member" });
  secrets.member = (await keyWith(PERMISSIONS, { actor: { id: member.id, name: member.name } })).secret;
  secrets.publishable = (
    await generateProjectPublishableKey({ projectId, actor: ownerActor, ipAddress: "::1" })
  ).token;
  secrets.otherProject = (await projectWithKey(PERMISSIONS)).secret;

  const tagId = createId("tag");
  const domainSlug = `${unique("go")}.example.com`;
  const linkId = createId("link");
  await db.insert(tags).values({ id: tagId, projectId, name: unique("tag"), color: "blue" });
  await db.insert(domains).values({ id: createId("dom"), projectId, slug: domainSlug });
  await db
    .insert(links)
    .values({ id: linkId, projectId, domain: domainSlug, key: unique("k"), url: "https://example.com" });
  params = { linkId, id: tagId, slug: domainSlug };
});

const CALLERS: Caller[] = [
  { name: "no key", header: () => undefined, expect: refusedWith(401) },
  { name: "malformed header", header: () => "Token abc", expect: refusedWith(400) },
  {
    name: "bad checksum",
    header: () => `Bearer ${secrets.all?.slice(0, -1)}${secrets.all?.endsWith("0") ? "1" : "0"}`,
    expect: refusedWith(401),
  },
  { name: "unknown key", header: () => `Bearer ${generateSecretKey()}`, expect: deadSecret },
  { name: "revoked key", header: () => `Bearer ${secrets.revoked}`, expect: deadSecret },
  { name: "expired key", header: () => `Bearer ${secrets.expired}`, expect: deadSecret },
  { name: "rolled-out old secret", header: () => `Bearer ${secrets.rolledOut}`, expect: deadSecret },
  {
    name: "publishable key",
    header: () => `Bearer ${secrets.publishable}`,
    expect: (route) => (secretRoute(route) ? 403 : "pass"),
  },
  { name: "All permissions", header: () => `Bearer ${secrets.all}`, expect: allows(PERMISSIONS) },
  {
    name: "Read only",
    header: () => `Bearer ${secrets.readOnly}`,
    expect: allows(PERMISSIONS.filter((p) => p.endsWith(".read"))),
  },
  ...PERMISSIONS.map((permission) => ({
    name: `Restricted: ${permission}`,
    header: () => `Bearer ${secrets[permission]}`,
    expect: allows([permission]),
  })),
  { name: "empty Restricted", header: () => `Bearer ${secrets.emptyRestricted}`, expect: allows([]) },
  {
    name: "member's key (owner-only permission)",
    header: () => `Bearer ${secrets.member}`,
    expect: allows(PERMISSIONS.filter((p) => p !== "domains.write")),
  },
];

const ROUTE_IDS = Object.keys(API_ROUTES) as RouteId[];
const CASES = ROUTE_IDS.flatMap((routeId) => CALLERS.map((caller) => ({ routeId, caller })));

afterAll(() => {
  console.warn(
    `permission matrix: ${CASES.length} cases (${ROUTE_IDS.length} endpoints × ${CALLERS.length} callers)`,
  );
});

let calls = 0;
/**
 * Each call comes from an address of its own (198.18.0.0/15, for benchmarks), so that per-address limits of
 * public routes — shared across test files when the counters are in Redis — never decide a case.
 */
const nextAddress = () => {
  calls++;
  return `198.18.${Math.floor(calls / 250)}.${(calls % 250) + 1}`;
};

async function call(routeId: RouteId, authorization: string | undefined) {
  const { method, path } = routeOf(routeId);
  const handler = handlerFor(routeId);
  if (!handler) throw new Error(`no handler exported for ${routeId}`);
  const query = path === "/api/qr" ? "?url=https%3A%2F%2Fexample.com" : "";
  return callRoute(handler, {
    url: fillPath(path, params) + query,
    method,
    params,
    body: method === "GET" || method === "DELETE" ? undefined : {},
    headers: { "x-forwarded-for": nextAddress(), ...(authorization ? { authorization } : {}) },
  });
}

describe("every endpoint × every kind of caller", () => {
  it("has a handler for every route of the table", () => {
    expect(ROUTE_IDS.filter((id) => !handlerFor(id))).toEqual([]);
  });

  it("another project's key never sees this project's link, tag or domain", async () => {
    for (const routeId of [
      "GET /api/links/{linkId}",
      "PATCH /api/tags/{id}",
      "PATCH /api/domains/{slug}",
    ] as const) {
      const response = await call(routeId, `Bearer ${secrets.otherProject}`);
      expect(response.status, routeId).toBe(404);
    }
  });

  it.each(CASES.map((c) => [c.routeId, c.caller.name, c.caller] as const))(
    "%s with %s",
    async (routeId, _name, caller) => {
      const route: RouteSpec = API_ROUTES[routeId];
      const expected = caller.expect(route);
      const response = await call(routeId, caller.header());
      expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
      if (expected === "pass") {
        // A public route that checks a credential of its own (GitHub's signature) refuses every caller alike.
        const ownCheck: readonly string[] = route.auth === "public" ? (route.errors ?? []) : [];
        const refusals = [400, 401, 403, 429].filter(
          (s) => !(s === 401 && ownCheck.includes("unauthorized")),
        );
        expect(refusals, JSON.stringify(response.body)).not.toContain(response.status);
        return;
      }
      expect(response.status).toBe(expected);
      expect(response.body).toMatchObject({
        error: { code: expect.any(String), message: expect.any(String), doc_url: expect.any(String) },
      });
      if (expected === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      if (
        expected === 403 &&
        route.auth === "secret" &&
        route.permission &&
        caller.name !== "publishable key"
      ) {
        expect((response.body as { error: { message: string } }).error.message).toContain(
          `'${route.permission}'`,
        );
        expect((response.body as { error: { message: string } }).error.message).toContain(routeId);
      }
    },
  );
});
