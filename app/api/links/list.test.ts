import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { domains } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET } from "./route";
import { addTag, createOk, type LinkBody, list } from "./test-helpers";

setupTestDatabase();

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
    expect(await ids(`?tagIds[]=${red}&tagIds[]=${green}`)).toEqual([docs.id, keyed.id].sort());
    expect(await ids(`?tagIds%5B%5D=${green}`)).toEqual([keyed.id]);
    expect(await ids("?tagNames[]=Red&tagNames[]=nope")).toEqual([docs.id]);
    expect(await ids("?tagNames=green")).toEqual([keyed.id]);
    expect(await ids("?withTags=true")).toEqual([docs.id, keyed.id].sort());
  });

  it("answers each link with its own tags, by name", async () => {
    const { secret, project } = await projectWithKey();
    const [zebra, apple] = [await addTag(project.id, "Zebra"), await addTag(project.id, "Apple")];
    const both = await createOk(secret, { url: "https://example.com/both", tagIds: [zebra, apple] });
    const none = await createOk(secret, { url: "https://example.com/none" });
    const found = await list(secret);
    expect(found.find((link) => link.id === both.id)).toMatchObject({
      tagId: apple,
      tags: [
        { id: apple, name: "Apple", color: "blue" },
        { id: zebra, name: "Zebra", color: "blue" },
      ],
    });
    expect(found.find((link) => link.id === none.id)).toMatchObject({ tagId: null, tags: [] });
  });

  it.each([
    ["?pageSize=101", "Invalid 'pageSize'"],
    ["?tagid=x", "Unknown query parameter 'tagid'"],
    ["?search[]=a", "Invalid 'search'"],
  ])("answers 422 naming the parameter for %s", async (query, message) => {
    const { secret } = await projectWithKey();
    const response = await callRoute(GET, { url: `/api/links${query}`, secret });
    expect(response.status).toBe(422);
    expect((response.body as { error: { message: string } }).error.message).toContain(message);
  });
});
