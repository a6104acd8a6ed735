import { LinkSchema$inboundSchema } from "dub/models/components";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { domains, tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET, POST } from "./route";

setupTestDatabase();

type LinkBody = Record<string, unknown> & { id: string; key: string; domain: string };

/** SPEC §7's Link keys, plus those the Dub SDK's LinkSchema reads that SPEC leaves out. */
const LINK_KEYS = [
  ...["id", "domain", "key", "url", "shortLink", "qrCode", "archived", "expiresAt", "expiredUrl", "password"],
  ...["externalId", "title", "description", "image", "video", "ios", "android", "geo", "proxy", "rewrite"],
  ...["doIndex", "trackConversion", "publicStats", "tagId", "tags", "comments", "utm_source", "utm_medium"],
  ...["utm_campaign", "utm_term", "utm_content", "userId", "projectId", "workspaceId", "webhookIds"],
  ...["tenantId", "programId", "partnerId", "folderId", "disabledAt", "clicks", "leads", "sales"],
  ...["saleAmount", "lastClicked", "createdAt", "updatedAt"],
  ...["testVariants", "testStartedAt", "testCompletedAt", "conversions"],
];

async function create(secret: string, body: unknown) {
  return callRoute(POST, { url: "/api/links", method: "POST", secret, body });
}

async function createOk(secret: string, body: Record<string, unknown>) {
  const response = await create(secret, body);
  expect(response.status).toBe(200);
  return response.body as LinkBody;
}

async function list(secret: string, query = "") {
  const response = await callRoute(GET, { url: `/api/links${query}`, secret });
  expect(response.status).toBe(200);
  return response.body as LinkBody[];
}

async function addTag(projectId: string, name: string) {
  const id = createId("tag");
  await db.insert(tags).values({ id, projectId, name, color: "blue" });
  return id;
}

describe("POST /api/links", () => {
  it("creates a link on the default domain with a random 7-character key and every Link key", async () => {
    const { secret, project, user } = await projectWithKey();
    const link = await createOk(secret, { url: "https://example.com/a" });
    expect(link.key).toMatch(/^[0-9A-Za-z]{7}$/);
    expect(Object.keys(link).sort()).toEqual([...LINK_KEYS].sort());
    expect(link).toMatchObject({
      id: expect.stringMatching(/^link_/),
      domain: "localhost:3000",
      url: "https://example.com/a",
      shortLink: `http://localhost:3000/s/${link.key}`,
      qrCode: `http://localhost:3000/api/qr?url=${encodeURIComponent(`http://localhost:3000/s/${link.key}`)}`,
      archived: false,
      expiresAt: null,
      title: null,
      geo: null,
      tags: [],
      tagId: null,
      userId: user.id,
      projectId: project.id,
      workspaceId: project.id,
      webhookIds: [],
      testVariants: null,
      clicks: 0,
      conversions: 0,
      lastClicked: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
  });

  it("answers a body the Dub SDK's own LinkSchema parses", async () => {
    const { secret, project } = await projectWithKey();
    const tagId = await addTag(project.id, "sdk");
    const link = await createOk(secret, {
      url: "https://example.com/sdk",
      tagIds: [tagId],
      expiresAt: "2030-01-01T00:00:00Z",
      geo: { DE: "https://example.de" },
      utm_source: "newsletter",
    });
    const parsed = LinkSchema$inboundSchema.parse(link);
    expect(parsed).toMatchObject({
      id: link.id,
      utmSource: "newsletter",
      tags: [{ id: tagId, name: "sdk", color: "blue" }],
      expiresAt: "2030-01-01T00:00:00.000Z",
      geo: { DE: "https://example.de" },
    });
  });

  it("takes a given key and one of the project's domains, and defaults to its primary domain", async () => {
    const { secret, project } = await projectWithKey();
    const [custom, primary] = [`${unique("go")}.example.com`, `${unique("pri")}.example.com`];
    await db.insert(domains).values([
      { id: createId("dom"), projectId: project.id, slug: custom },
      { id: createId("dom"), projectId: project.id, slug: primary, primary: true },
    ]);
    const onCustom = await createOk(secret, {
      url: "https://example.com",
      domain: custom.toUpperCase(),
      key: "hi",
    });
    expect(onCustom).toMatchObject({ domain: custom, key: "hi", shortLink: `https://${custom}/hi` });
    expect((await createOk(secret, { url: "https://example.com" })).domain).toBe(primary);
    const onApp = await createOk(secret, { url: "https://example.com", domain: "localhost:3000", key: "hi" });
    expect(onApp.shortLink).toBe("http://localhost:3000/s/hi");
  });

  it("refuses a domain that is not the project's with 422", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const slug = `${unique("theirs")}.example.com`;
    await db.insert(domains).values({ id: createId("dom"), projectId: other.project.id, slug });
    const response = await create(secret, { url: "https://example.com", domain: slug });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      error: { code: "unprocessable_entity", message: `Domain '${slug}' does not belong to this project.` },
    });
  });

  it("answers 409 for a duplicate domain + key and for a duplicate externalId", async () => {
    const { secret } = await projectWithKey();
    const key = unique("dup");
    await createOk(secret, { url: "https://example.com", key, externalId: "crm-1" });
    const sameKey = await create(secret, { url: "https://example.org", key });
    expect(sameKey.status).toBe(409);
    expect(sameKey.body).toMatchObject({
      error: { code: "conflict", message: "A link with this domain and key already exists." },
    });
    const sameExternalId = await create(secret, { url: "https://example.org", externalId: "crm-1" });
    expect(sameExternalId.status).toBe(409);
    expect(sameExternalId.body).toMatchObject({ error: { code: "conflict" } });
  });

  it("answers one 200 and otherwise 409 to concurrent creates of one key", async () => {
    const { secret } = await projectWithKey();
    const key = unique("race");
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => create(secret, { url: "https://example.com", key })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it.each([
    [{}, "url"],
    [{ url: "not a url" }, "url"],
    [{ url: "ftp://example.com/file" }, "url"],
    [{ url: "javascript:alert(1)" }, "url"],
    [{ url: "https://example.com", expiresAt: "next tuesday" }, "expiresAt"],
    [{ url: "https://example.com", key: "a/b" }, "key"],
    [{ url: "https://example.com", archived: "yes" }, "archived"],
    [{ url: "https://example.com", title: "nul\u0000" }, "title"],
    [{ url: "https://example.com", geo: { DE: "nope nope" } }, "geo.DE"],
    [{ url: "https://example.com", tagIds: ["tag_unknown"] }, "tagIds"],
    [{ url: "https://example.com", tagNames: "nope" }, "tagNames"],
  ])("answers 422 naming the field for %j", async (body, field) => {
    const { secret } = await projectWithKey();
    const response = await create(secret, body);
    expect(response.status).toBe(422);
    expect((response.body as { error: { message: string } }).error.message).toContain(`'${field}'`);
  });

  it("answers 400 for malformed JSON", async () => {
    const { secret } = await projectWithKey();
    const response = await create(secret, '{"url": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "bad_request" } });
  });

  it("accepts options it does not support and fields it does not know, and stores the ones it has columns for", async () => {
    const { secret } = await projectWithKey();
    const link = await createOk(secret, {
      url: "example.com/path",
      prefix: "/c/",
      ref: "partner",
      testVariants: [{ url: "https://a.example", percentage: 50 }],
      webhookIds: ["wh_1"],
      somethingNew: { nested: true },
      tenantId: "tenant-1",
      folderId: "fold_1",
      utmCampaign: "camel-case",
      password: "secret",
      expiresAt: "2031-06-01",
      title: "",
    });
    expect(link).toMatchObject({
      url: "https://example.com/path",
      tenantId: "tenant-1",
      folderId: "fold_1",
      utm_campaign: "camel-case",
      password: "secret",
      expiresAt: "2031-06-01T00:00:00.000Z",
      title: null,
      webhookIds: [],
      testVariants: null,
    });
  });

  it("assigns this project's tags by id and by name (case-insensitive), and refuses another project's", async () => {
    const { secret, project } = await projectWithKey();
    const other = await projectWithKey();
    const [alpha, beta, theirs] = [
      await addTag(project.id, "Alpha"),
      await addTag(project.id, "Beta"),
      await addTag(other.project.id, "Alpha"),
    ];
    const link = await createOk(secret, {
      url: "https://example.com",
      tagIds: `${beta}`,
      tagNames: ["alpha"],
    });
    expect(link.tags).toEqual([
      { id: alpha, name: "Alpha", color: "blue" },
      { id: beta, name: "Beta", color: "blue" },
    ]);
    expect(link.tagId).toBe(alpha);
    const refused = await create(secret, { url: "https://example.com", tagIds: [theirs] });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain("tagIds");
  });
});

describe("GET /api/links", () => {
  it("lists the project's links newest first as a bare array, page by page", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    await createOk(other.secret, { url: "https://other.example" });
    const created: LinkBody[] = [];
    for (const n of [1, 2, 3]) created.push(await createOk(secret, { url: `https://example.com/${n}` }));
    const ids = created.map((link) => link.id).reverse();
    expect((await list(secret)).map((link) => link.id)).toEqual(ids);
    expect((await list(secret, "?page=1&pageSize=2")).map((link) => link.id)).toEqual(ids.slice(0, 2));
    expect((await list(secret, "?page=2&pageSize=2")).map((link) => link.id)).toEqual(ids.slice(2));
    expect(await list(secret, "?page=3&pageSize=2")).toEqual([]);
    expect((await list(secret, `?startingAfter=${ids[0]}`)).map((link) => link.id)).toEqual(ids.slice(1));
    expect((await list(secret, `?endingBefore=${ids[2]}&pageSize=1`)).map((link) => link.id)).toEqual([
      ids[1],
    ]);
  });

  it("filters by search, domain, tags and archived state", async () => {
    const { secret, project } = await projectWithKey();
    const slug = `${unique("f")}.example.com`;
    await db.insert(domains).values({ id: createId("dom"), projectId: project.id, slug });
    const [red, green] = [await addTag(project.id, "Red"), await addTag(project.id, "Green")];
    const docs = await createOk(secret, { url: "https://docs.example.com/Guide", tagIds: [red] });
    const titled = await createOk(secret, { url: "https://example.com/x", title: "The GUIDE", domain: slug });
    const keyed = await createOk(secret, {
      url: "https://example.com/y",
      key: unique("guide"),
      tagIds: [green],
    });
    const archived = await createOk(secret, { url: "https://example.com/guide-old", archived: true });
    const ids = async (query: string) => (await list(secret, query)).map((link) => link.id).sort();

    expect(await ids("?search=guide")).toEqual([docs.id, titled.id, keyed.id].sort());
    expect(await ids("?search=guide&showArchived=true")).toEqual(
      [docs.id, titled.id, keyed.id, archived.id].sort(),
    );
    expect(await ids("?search=100%25")).toEqual([]);
    expect(await ids(`?domain=${slug}`)).toEqual([titled.id]);
    expect(await ids(`?tagIds=${red},${green}`)).toEqual([docs.id, keyed.id].sort());
    expect(await ids(`?tagIds=${red}&tagIds=${green}`)).toEqual([docs.id, keyed.id].sort());
    expect(await ids("?tagNames=green")).toEqual([keyed.id]);
    expect(await ids("?withTags=true")).toEqual([docs.id, keyed.id].sort());
  });

  it("answers 422 naming the parameter for an invalid one", async () => {
    const { secret } = await projectWithKey();
    const response = await callRoute(GET, { url: "/api/links?pageSize=101", secret });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain("'pageSize'");
  });
});
