import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { POST } from "../route";
import { DELETE, GET, PATCH, PUT } from "./route";

setupTestDatabase();

type LinkBody = Record<string, unknown> & { id: string; key: string; updatedAt: string };

async function createLink(secret: string, body: Record<string, unknown>) {
  const response = await callRoute(POST, { url: "/api/links", method: "POST", secret, body });
  expect(response.status).toBe(200);
  return response.body as LinkBody;
}

const call = (handler: typeof GET, method: string, secret: string, linkId: string, body?: unknown) =>
  callRoute(handler, {
    url: `/api/links/${encodeURIComponent(linkId)}`,
    method,
    secret,
    body,
    params: { linkId },
  });

describe("/api/links/{linkId}", () => {
  it("gets a link by id and by ext_<externalId>", async () => {
    const { secret } = await projectWithKey();
    const link = await createLink(secret, { url: "https://example.com", externalId: "order-7" });
    expect((await call(GET, "GET", secret, link.id)).body).toEqual(link);
    expect((await call(GET, "GET", secret, "ext_order-7")).body).toEqual(link);
  });

  it.each([
    ["PATCH", PATCH],
    ["PUT", PUT],
  ])("%s updates only the fields sent", async (method, handler) => {
    const { secret } = await projectWithKey();
    const link = await createLink(secret, { url: "https://example.com", title: "Old", comments: "keep" });
    const response = await call(handler, method, secret, link.id, {
      title: "New",
      utm_source: "x",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: link.id,
      key: link.key,
      url: "https://example.com",
      title: "New",
      comments: "keep",
      utm_source: "x",
    });
    expect(Date.parse((response.body as LinkBody).updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(link.updatedAt),
    );
  });

  it("updates through ext_ ids, replaces tags when sent and clears them with []", async () => {
    const { secret, project } = await projectWithKey();
    const tagId = createId("tag");
    await db.insert(tags).values({ id: tagId, projectId: project.id, name: "vip", color: "pink" });
    const link = await createLink(secret, { url: "https://example.com", externalId: "e1" });
    const tagged = await call(PATCH, "PATCH", secret, "ext_e1", {
      tagNames: ["VIP"],
      url: "https://example.org",
    });
    expect(tagged.body).toMatchObject({
      id: link.id,
      url: "https://example.org",
      tagId,
      tags: [{ id: tagId }],
    });
    const untouched = await call(PATCH, "PATCH", secret, link.id, { title: "t" });
    expect(untouched.body).toMatchObject({ tags: [{ id: tagId }] });
    const cleared = await call(PATCH, "PATCH", secret, link.id, { tagIds: [] });
    expect(cleared.body).toMatchObject({ tags: [], tagId: null });
  });

  it("answers 409 when an update takes another link's key or externalId", async () => {
    const { secret } = await projectWithKey();
    const first = await createLink(secret, {
      url: "https://example.com",
      key: unique("k"),
      externalId: "x1",
    });
    const second = await createLink(secret, { url: "https://example.com" });
    const sameKey = await call(PATCH, "PATCH", secret, second.id, { key: first.key });
    expect(sameKey.status).toBe(409);
    expect(sameKey.body).toMatchObject({
      error: { code: "conflict", message: "A link with this domain and key already exists." },
    });
    const sameExternalId = await call(PATCH, "PATCH", secret, second.id, { externalId: "x1" });
    expect(sameExternalId.status).toBe(409);
    expect((await call(PATCH, "PATCH", secret, first.id, { key: first.key, externalId: "x1" })).status).toBe(
      200,
    );
  });

  it("answers 422 naming the field, and 400 for malformed JSON", async () => {
    const { secret } = await projectWithKey();
    const link = await createLink(secret, { url: "https://example.com" });
    const invalid = await call(PATCH, "PATCH", secret, link.id, { url: "mailto:someone@example.com" });
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).toContain("'url'");
    const wrongDomain = await call(PATCH, "PATCH", secret, link.id, { domain: "elsewhere.example" });
    expect(wrongDomain.status).toBe(422);
    expect((await call(PATCH, "PATCH", secret, link.id, "{not json")).status).toBe(400);
  });

  it("deletes a link and answers its id; then it is gone", async () => {
    const { secret } = await projectWithKey();
    const link = await createLink(secret, { url: "https://example.com", externalId: "gone" });
    const deleted = await call(DELETE, "DELETE", secret, "ext_gone");
    expect(deleted).toMatchObject({ status: 200, body: { id: link.id } });
    expect((await call(GET, "GET", secret, link.id)).status).toBe(404);
    expect((await call(DELETE, "DELETE", secret, link.id)).status).toBe(404);
  });

  it("answers 404 for another project's link exactly as for an unknown one", async () => {
    const mine = await projectWithKey();
    const theirs = await projectWithKey();
    const link = await createLink(theirs.secret, { url: "https://example.com", externalId: "shared" });
    for (const id of [link.id, "ext_shared", "link_unknown", "nul\u0000"]) {
      for (const [method, handler] of [
        ["GET", GET],
        ["PATCH", PATCH],
        ["PUT", PUT],
        ["DELETE", DELETE],
      ] as const) {
        const response = await call(
          handler,
          method,
          mine.secret,
          id,
          method.startsWith("P") ? { title: "x" } : undefined,
        );
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ error: { code: "not_found", message: "Link not found." } });
      }
    }
    expect((await call(GET, "GET", theirs.secret, link.id)).body).toMatchObject({ title: null });
  });
});
