import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { domains, links } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET, POST } from "../route";
import { DELETE, PATCH, PUT } from "./route";

setupTestDatabase();

type Domain = { id: string; slug: string; primary: boolean; archived: boolean };

const hostname = () => `${unique("go")}.example.com`;

async function addDomain(secret: string, body: object = {}): Promise<Domain> {
  const response = await callRoute(POST, {
    url: "/api/domains",
    method: "POST",
    secret,
    body: { slug: hostname(), ...body },
  });
  return response.body as Domain;
}

const call = (handler: typeof PATCH, method: string, secret: string, slug: string, body?: unknown) =>
  callRoute(handler, {
    url: `/api/domains/${encodeURIComponent(slug)}`,
    method,
    secret,
    body,
    params: { slug },
  });

/** As if DNS had proved the claim (the DNS check itself is tested in verify/route.test.ts). */
async function verified(domain: Domain): Promise<Domain> {
  await db.update(domains).set({ verified: true }).where(eq(domains.id, domain.id));
  return domain;
}

async function addLink(projectId: string, domain: string): Promise<string> {
  const id = createId("link");
  await db.insert(links).values({ id, projectId, domain, key: unique("k"), url: "https://example.com" });
  return id;
}

async function linkDomains(ids: string[]) {
  const rows = await Promise.all(
    ids.map((id) => db.select({ domain: links.domain }).from(links).where(eq(links.id, id))),
  );
  return rows.map(([row]) => row?.domain ?? null);
}

describe("PATCH and PUT /api/domains/{slug}", () => {
  it.each([
    ["PATCH", PATCH],
    ["PUT", PUT],
  ])("%s updates the domain and answers 200 with the whole Domain", async (method, handler) => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    const response = await call(handler, method, secret, domain.slug, {
      archived: true,
      expiredUrl: "https://example.com/expired",
      logo: "data:image/png;base64,iVBORw0KGgo=",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: domain.id,
      slug: domain.slug,
      archived: true,
      expiredUrl: "https://example.com/expired",
      logo: "data:image/png;base64,iVBORw0KGgo=",
      notFoundUrl: null,
      verified: false,
      registeredDomain: null,
    });
  });

  it("renames a domain, moving its links along; the old slug is then not found", async () => {
    const { secret, project } = await projectWithKey();
    const domain = await addDomain(secret);
    const link = await addLink(project.id, domain.slug);
    const renamed = hostname();
    const response = await call(PATCH, "PATCH", secret, domain.slug.toUpperCase(), { slug: renamed });
    expect(response.body).toMatchObject({ id: domain.id, slug: renamed });
    expect(await linkDomains([link])).toEqual([renamed]);
    expect((await call(PATCH, "PATCH", secret, domain.slug, {})).status).toBe(404);
  });

  it("refuses a rename to a slug the project already has with 409, changing nothing", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const domain = await addDomain(secret);
    const taken = await addDomain(secret);
    const response = await call(PATCH, "PATCH", secret, domain.slug, { slug: taken.slug });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: "conflict" } });
    expect((await call(PATCH, "PATCH", secret, domain.slug, {})).status).toBe(200);
    const pendingElsewhere = await addDomain(other.secret);
    expect((await call(PATCH, "PATCH", secret, domain.slug, { slug: pendingElsewhere.slug })).status).toBe(
      200,
    );
  });

  it("renaming a verified primary domain leaves the new hostname pending and not primary", async () => {
    const { secret } = await projectWithKey();
    const domain = await verified(await addDomain(secret));
    await call(PATCH, "PATCH", secret, domain.slug, { primary: true });
    const response = await call(PATCH, "PATCH", secret, domain.slug, { slug: hostname() });
    expect(response.body).toMatchObject({ verified: false, primary: false });
  });

  it("primary: true makes a verified domain the only primary one; primary: false leaves none", async () => {
    const { secret, project } = await projectWithKey();
    const first = await verified(await addDomain(secret));
    const second = await verified(await addDomain(secret));
    await call(PATCH, "PATCH", secret, first.slug, { primary: true });
    expect((await call(PATCH, "PATCH", secret, second.slug, { primary: true })).body).toMatchObject({
      primary: true,
    });
    const listed = (await callRoute(GET, { url: "/api/domains", secret })).body as Domain[];
    expect(listed.map((d) => [d.id, d.primary])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    await call(PATCH, "PATCH", secret, second.slug, { primary: false });
    const primaries = await db
      .select()
      .from(domains)
      .where(and(eq(domains.projectId, project.id), eq(domains.primary, true)));
    expect(primaries).toEqual([]);
  });

  it("refuses primary: true on a pending domain with 422 naming 'primary', changing nothing", async () => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    const response = await call(PATCH, "PATCH", secret, domain.slug, { primary: true, archived: true });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining("'primary'") } });
    const [row] = await db.select().from(domains).where(eq(domains.id, domain.id));
    expect(row).toMatchObject({ primary: false, archived: false });
  });

  it.each([
    [{ slug: "no-dot" }, "slug"],
    [{ slug: "" }, "slug"],
    [{ notFoundUrl: "mailto:someone@example.com" }, "notFoundUrl"],
    [{ primary: "yes" }, "primary"],
  ])("answers 422 for %j naming '%s'", async (body, field) => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    const response = await call(PATCH, "PATCH", secret, domain.slug, body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining(`'${field}'`) } });
  });

  it("answers 400 for malformed JSON", async () => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    expect((await call(PATCH, "PATCH", secret, domain.slug, "{,}")).status).toBe(400);
  });
});

describe("another project's domain is not found", () => {
  it.each([
    ["PATCH", PATCH],
    ["PUT", PUT],
    ["DELETE", DELETE],
  ])("%s answers 404 exactly as for an unknown slug, and changes nothing", async (method, handler) => {
    const owner = await projectWithKey();
    const domain = await addDomain(owner.secret);
    const link = await addLink(owner.project.id, domain.slug);
    const intruder = await projectWithKey();
    const body = method === "DELETE" ? undefined : { archived: true };
    const foreign = await call(handler, method, intruder.secret, domain.slug, body);
    const unknown = await call(handler, method, intruder.secret, "unknown.example.com", body);
    expect(foreign.status).toBe(404);
    // The same answer but for its own request id.
    expect(foreign.body).toEqual({
      error: { ...(unknown.body as { error: object }).error, request_id: expect.any(String) },
    });
    const [row] = await db.select().from(domains).where(eq(domains.id, domain.id));
    expect(row).toMatchObject({ archived: false, projectId: owner.project.id });
    expect(await linkDomains([link])).toEqual([domain.slug]);
  });

  it.each([["a\u0000.com"], ["not a host"], [`${"a".repeat(300)}.com`]])(
    "answers 404 for %j",
    async (slug) => {
      const { secret } = await projectWithKey();
      expect((await call(DELETE, "DELETE", secret, slug)).status).toBe(404);
    },
  );
});

describe("DELETE /api/domains/{slug}", () => {
  it("answers 200 with the slug and deletes the domain's links, keeping the others", async () => {
    const { secret, project } = await projectWithKey();
    const domain = await addDomain(secret);
    const kept = await addDomain(secret);
    const [gone, stays] = [await addLink(project.id, domain.slug), await addLink(project.id, kept.slug)];
    const response = await call(DELETE, "DELETE", secret, domain.slug);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ slug: domain.slug });
    expect(await linkDomains([gone, stays])).toEqual([null, kept.slug]);
    expect((await call(DELETE, "DELETE", secret, domain.slug)).status).toBe(404);
  });

  it("makes no other domain primary when the primary one goes", async () => {
    const { secret, project } = await projectWithKey();
    const primary = await verified(await addDomain(secret));
    await verified(await addDomain(secret));
    await call(PATCH, "PATCH", secret, primary.slug, { primary: true });
    await call(DELETE, "DELETE", secret, primary.slug);
    const rows = await db.select().from(domains).where(eq(domains.projectId, project.id));
    expect(rows.map((row) => row.primary)).toEqual([false]);
  });
});
