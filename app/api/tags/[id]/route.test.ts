import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { links, linkTags, tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { POST } from "../route";
import { DELETE, PATCH, PUT } from "./route";

setupTestDatabase();

type Tag = { id: string; name: string; color: string };

async function projectWithTag(body: object = { name: "Launch", color: "blue" }) {
  const owner = await projectWithKey();
  const response = await callRoute(POST, { url: "/api/tags", method: "POST", secret: owner.secret, body });
  return { ...owner, tag: response.body as Tag };
}

const call = (handler: typeof PATCH, method: string, secret: string, id: string, body?: unknown) =>
  callRoute(handler, { url: `/api/tags/${encodeURIComponent(id)}`, method, secret, body, params: { id } });

describe("PATCH and PUT /api/tags/{id}", () => {
  it.each([
    ["PATCH", PATCH],
    ["PUT", PUT],
  ])("%s renames and recolours a tag, answering 200 with the whole Tag", async (method, handler) => {
    const { secret, tag } = await projectWithTag();
    const response = await call(handler, method, secret, tag.id, { name: "Relaunch", color: "red" });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: tag.id,
      name: "Relaunch",
      color: "red",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it("keeps what is not sent, takes the deprecated `tag`, and accepts an empty body", async () => {
    const { secret, tag } = await projectWithTag();
    expect((await call(PATCH, "PATCH", secret, tag.id, { tag: "Renamed" })).body).toMatchObject({
      name: "Renamed",
      color: "blue",
    });
    expect((await call(PATCH, "PATCH", secret, tag.id)).body).toMatchObject({
      name: "Renamed",
      color: "blue",
    });
  });

  it("lets a tag change the case of its own name, but not take another tag's name (409)", async () => {
    const { secret, tag } = await projectWithTag();
    await callRoute(POST, { url: "/api/tags", method: "POST", secret, body: { name: "Other" } });
    expect((await call(PATCH, "PATCH", secret, tag.id, { name: "LAUNCH" })).status).toBe(200);
    const response = await call(PATCH, "PATCH", secret, tag.id, { name: "other" });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: "conflict" } });
  });

  it.each([
    [{ color: "orange" }, "color"],
    [{ name: "" }, "name"],
    [{ name: ["a"] }, "name"],
  ])("answers 422 for %j naming '%s'", async (body, field) => {
    const { secret, tag } = await projectWithTag();
    const response = await call(PATCH, "PATCH", secret, tag.id, body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining(`'${field}'`) } });
  });

  it("answers 400 for malformed JSON", async () => {
    const { secret, tag } = await projectWithTag();
    expect((await call(PATCH, "PATCH", secret, tag.id, "{nope")).status).toBe(400);
  });
});

describe("another project's tag is not found", () => {
  it.each([
    ["PATCH", PATCH],
    ["PUT", PUT],
    ["DELETE", DELETE],
  ])("%s answers 404 exactly as for an unknown id, and changes nothing", async (method, handler) => {
    const { tag } = await projectWithTag();
    const intruder = await projectWithKey();
    const body = method === "DELETE" ? undefined : { name: "Hijacked" };
    const foreign = await call(handler, method, intruder.secret, tag.id, body);
    const unknown = await call(handler, method, intruder.secret, "tag_doesnotexist", body);
    expect(foreign.status).toBe(404);
    // The same answer but for its own request id.
    expect(foreign.body).toEqual({
      error: { ...(unknown.body as { error: object }).error, request_id: expect.any(String) },
    });
    const rows = await db.select({ name: tags.name }).from(tags).where(eq(tags.id, tag.id));
    expect(rows).toEqual([{ name: "Launch" }]);
  });

  it.each([["a\u0000b"], ["../etc"], ["x".repeat(300)]])("answers 404 for the id %j", async (id) => {
    const { secret } = await projectWithKey();
    expect((await call(DELETE, "DELETE", secret, id)).status).toBe(404);
    expect((await call(PATCH, "PATCH", secret, id, {})).status).toBe(404);
  });
});

describe("DELETE /api/tags/{id}", () => {
  it("answers 200 with the id and detaches the tag from its links, which remain", async () => {
    const { secret, tag, project } = await projectWithTag();
    const linkId = createId("link");
    await db.insert(links).values({
      id: linkId,
      projectId: project.id,
      domain: "localhost",
      key: unique("k"),
      url: "https://example.com",
    });
    await db.insert(linkTags).values({ linkId, tagId: tag.id });

    const response = await call(DELETE, "DELETE", secret, tag.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: tag.id });
    expect(await db.select().from(linkTags).where(eq(linkTags.linkId, linkId))).toEqual([]);
    expect(await db.select({ id: links.id }).from(links).where(eq(links.id, linkId))).toEqual([
      { id: linkId },
    ]);
    expect((await call(DELETE, "DELETE", secret, tag.id)).status).toBe(404);
  });
});
