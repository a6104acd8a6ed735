import { LinkSchema$inboundSchema } from "dub/models/components";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { domains } from "@/db/schema";
import { createId } from "@/lib/ids";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { addTag, create, createOk, LINK_KEYS, list } from "./test-helpers";

setupTestDatabase();

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

  it("stores what it has columns for, and refuses unsupported options and unknown fields by name, storing nothing", async () => {
    const { secret } = await projectWithKey();
    const link = await createOk(secret, {
      url: "example.com/path",
      tenant_id: "tenant-1",
      folderId: "fold_1",
      utmCampaign: "camel-case",
      password: "secret",
      expires_at: "2031-06-01",
      title: "",
      webhookIds: [],
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
    for (const [body, message] of [
      [{ testVariants: [{ url: "https://a.example", percentage: 50 }] }, "Invalid 'testVariants': A/B tests"],
      [{ webhookIds: ["wh_1"] }, "Invalid 'webhookIds': Webhooks are not supported by this API"],
      [{ somethingNew: { nested: true } }, "Unknown field 'somethingNew'"],
    ] as const) {
      const refused = await create(secret, { url: "https://example.com/refused", ...body });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        error: { code: "unprocessable_entity", message: expect.stringContaining(message) },
      });
    }
    expect(await list(secret, "?search=refused")).toEqual([]);
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
