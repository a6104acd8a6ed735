import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET } from "../route";
import { addTag, createOk, list } from "../test-helpers";
import { DELETE, PATCH, POST } from "./route";

setupTestDatabase();

const bulk = (secret: string, body: unknown) =>
  callRoute(POST, { url: "/api/links/bulk", method: "POST", secret, body });
const bulkUpdate = (secret: string, body: unknown) =>
  callRoute(PATCH, { url: "/api/links/bulk", method: "PATCH", secret, body });
const bulkDelete = (secret: string, linkIds: string) =>
  callRoute(DELETE, {
    url: `/api/links/bulk?linkIds=${encodeURIComponent(linkIds)}`,
    method: "DELETE",
    secret,
  });
const errorOf = (response: { body: unknown }) =>
  (response.body as { error: { code: string; message: string } }).error;

describe("POST /api/links/bulk", () => {
  it("creates up to 100 links and answers them in order", async () => {
    const { secret } = await projectWithKey();
    const body = Array.from({ length: 100 }, (_, n) => ({ url: `https://example.com/${n}` }));
    const response = await bulk(secret, body);
    expect(response.status).toBe(200);
    const links = response.body as { url: string; key: string }[];
    expect(links.map((link) => link.url)).toEqual(body.map((link) => link.url));
    expect(new Set(links.map((link) => link.key)).size).toBe(100);
  });

  it("answers 422 for more than 100 links, and for an invalid item naming its field", async () => {
    const { secret } = await projectWithKey();
    const tooMany = await bulk(
      secret,
      Array.from({ length: 101 }, () => ({ url: "https://example.com" })),
    );
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(tooMany.body)).toContain("at most 100");
    const invalid = await bulk(secret, [{ url: "https://example.com" }, { url: "nope nope" }]);
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).toContain("'1.url'");
    expect((await bulk(secret, { url: "https://example.com" })).status).toBe(422);
  });

  it("reports a refused item in its place and still creates the others", async () => {
    const { secret } = await projectWithKey();
    const key = unique("bulk");
    const response = await bulk(secret, [
      { url: "https://example.com/1", key },
      { url: "https://example.com/2", key },
      { url: "https://example.com/3", domain: "not-mine.example" },
      { url: "https://example.com/4" },
    ]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject([
      { key, url: "https://example.com/1" },
      { code: "conflict", error: "A link with this domain and key already exists.", link: { key } },
      { code: "unprocessable_entity", error: "Domain 'not-mine.example' does not belong to this project." },
      { url: "https://example.com/4" },
    ]);
    const listed = await callRoute(GET, { url: "/api/links", secret });
    expect((listed.body as unknown[]).length).toBe(2);
  });
});

describe("PATCH /api/links/bulk", () => {
  it("sets the same data on every link named, by id or ext_<externalId>, and answers them in the order sent", async () => {
    const { secret, project } = await projectWithKey();
    const tag = await addTag(project.id, "Spring");
    const first = await createOk(secret, { url: "https://example.com/1", title: "keep?" });
    const second = await createOk(secret, { url: "https://example.com/2", externalId: "crm-2" });
    const untouched = await createOk(secret, { url: "https://example.com/3" });
    const response = await bulkUpdate(secret, {
      link_ids: ["ext_crm-2", first.id],
      data: { title: "Sale", utm_campaign: "spring", tag_names: ["spring"], expiresAt: "2030-01-01" },
    });
    expect(response.status).toBe(200);
    const expected = {
      title: "Sale",
      utm_campaign: "spring",
      tags: [{ id: tag }],
      expiresAt: "2030-01-01T00:00:00.000Z",
    };
    expect(response.body).toMatchObject([
      { id: second.id, key: second.key, externalId: "crm-2", ...expected },
      { id: first.id, key: first.key, url: "https://example.com/1", ...expected },
    ]);
    const stored = await list(secret);
    expect(stored.find((link) => link.id === untouched.id)).toMatchObject({ title: null, tags: [] });
    expect(stored.find((link) => link.id === first.id)).toMatchObject(expected);
  });

  it("finds links by externalIds, and clears their tags with tagIds: []", async () => {
    const { secret, project } = await projectWithKey();
    const tag = await addTag(project.id, "Old");
    await createOk(secret, { url: "https://example.com/a", externalId: "a", tagIds: [tag] });
    await createOk(secret, { url: "https://example.com/b", externalId: "b", tagIds: [tag] });
    const response = await bulkUpdate(secret, {
      externalIds: ["b", "a"],
      data: { tagIds: [], archived: true },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject([
      { externalId: "b", tags: [], archived: true },
      { externalId: "a", tags: [], archived: true },
    ]);
  });

  it("answers 404 and updates nothing when one id is unknown or another project's, alike", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const mine = await createOk(secret, { url: "https://example.com/mine" });
    const theirs = await createOk(other.secret, { url: "https://example.com/theirs", externalId: "x" });
    for (const [body, id] of [
      [{ linkIds: [mine.id, theirs.id] }, theirs.id],
      [{ linkIds: [mine.id, "link_unknown"] }, "link_unknown"],
      [{ externalIds: ["x"] }, "ext_x"],
    ] as const) {
      const response = await bulkUpdate(secret, { ...body, data: { title: "Hijacked" } });
      expect(response.status).toBe(404);
      expect(errorOf(response)).toMatchObject({
        code: "not_found",
        message: `Link '${id}' not found; no link was updated.`,
      });
    }
    expect((await list(secret))[0]).toMatchObject({ id: mine.id, title: null });
    expect((await list(other.secret))[0]).toMatchObject({ id: theirs.id, title: null });
  });

  it.each([
    [{ data: { title: "x" } }, "Send 'linkIds' or 'externalIds'"],
    [{ linkIds: [], externalIds: [], data: {} }, "Send 'linkIds' or 'externalIds'"],
    [{ linkIds: ["link_1"], externalIds: ["a"], data: {} }, "not both"],
    [
      { linkIds: Array.from({ length: 101 }, (_, n) => `link_${n}`), data: {} },
      "Invalid 'linkIds': Send at most 100",
    ],
    [{ externalIds: [""], data: {} }, "Invalid 'externalIds.0'"],
    [{ linkIds: ["link_1"] }, "Invalid 'data'"],
    [{ linkIds: ["link_1"], data: { domain: "go.example.com" } }, "Invalid 'data.domain': cannot be changed"],
    [{ linkIds: ["link_1"], data: { url: "nope nope" } }, "Invalid 'data.url'"],
    [{ linkIds: ["link_1"], data: {}, dryRun: true }, "Unknown field 'dryRun'"],
  ])("answers 422 for %j", async (body, message) => {
    const { secret } = await projectWithKey();
    const response = await bulkUpdate(secret, body);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain(message);
  });
});

describe("DELETE /api/links/bulk", () => {
  it("deletes the named links (ids and ext_ ids), skips unknown and other projects' ids, and counts", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const [a, , kept] = [
      await createOk(secret, { url: "https://example.com/a" }),
      await createOk(secret, { url: "https://example.com/b", externalId: "b" }),
      await createOk(secret, { url: "https://example.com/kept" }),
    ];
    const theirs = await createOk(other.secret, { url: "https://example.com/theirs", externalId: "b" });
    const response = await bulkDelete(secret, `${a.id},ext_b,link_unknown,${theirs.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ deletedCount: 2 });
    expect((await list(secret)).map((link) => link.id)).toEqual([kept.id]);
    expect((await list(other.secret)).map((link) => link.id)).toEqual([theirs.id]);
    expect((await bulkDelete(secret, a.id)).body).toEqual({ deletedCount: 0 });
  });

  it("answers 422 for no ids and for more than 100", async () => {
    const { secret } = await projectWithKey();
    for (const [query, message] of [
      ["", "Invalid 'linkIds': Send at least one link id"],
      [" , ", "Invalid 'linkIds': Send at least one link id"],
      [Array.from({ length: 101 }, (_, n) => `link_${n}`).join(","), "Invalid 'linkIds': Use at most 100"],
    ] as const) {
      const response = await bulkDelete(secret, query);
      expect(response.status, query).toBe(422);
      expect(errorOf(response).message).toContain(message);
    }
  });
});
