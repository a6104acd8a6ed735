import { describe, expect, it } from "vitest";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { dubClient } from "@/test/dub-client";

setupTestDatabase();

describe("the Dub SDK against /api/links", () => {
  it("creates, reads, lists, counts, updates, upserts and deletes links unchanged", async () => {
    const { secret, project } = await projectWithKey();
    const dub = dubClient(secret);
    const key = unique("sdk");

    const created = await dub.links.create({
      url: "https://example.com/sdk",
      key,
      externalId: "sdk-1",
      utmSource: "sdk",
    });
    expect(created).toMatchObject({ key, utmSource: "sdk", workspaceId: project.id, tags: [] });

    expect((await dub.links.get({ linkId: created.id })).id).toBe(created.id);
    expect((await dub.links.get({ externalId: "ext_sdk-1" })).id).toBe(created.id);
    expect((await dub.links.get({ domain: created.domain, key })).id).toBe(created.id);

    const many = await dub.links.createMany([
      { url: "https://example.com/1" },
      { url: "https://example.com/2" },
    ]);
    expect(many).toHaveLength(2);

    const page = await dub.links.list({ search: "example.com", pageSize: 2 });
    expect(page.result).toHaveLength(2);
    expect(await dub.links.count({ showArchived: true })).toBe(3);

    const updated = await dub.links.update("ext_sdk-1", { title: "Updated" });
    expect(updated).toMatchObject({ id: created.id, title: "Updated" });

    const upserted = await dub.links.upsert({ url: "https://example.com/sdk", comments: "upserted" });
    expect(upserted).toMatchObject({ id: created.id, comments: "upserted" });

    const tagged = await dub.links.updateMany({
      linkIds: many.map((link) => ("id" in link ? link.id : "")),
      data: { title: "Bulk", utmCampaign: "spring", archived: true },
    });
    expect(tagged).toMatchObject([
      { title: "Bulk", utmCampaign: "spring", archived: true },
      { title: "Bulk", utmCampaign: "spring", archived: true },
    ]);
    const byExternalId = await dub.links.updateMany({ externalIds: ["sdk-1"], data: { comments: "bulk" } });
    expect(byExternalId).toMatchObject([{ id: created.id, comments: "bulk" }]);
    expect(
      await dub.links.deleteMany({ linkIds: [...tagged.map((link) => link.id), "link_unknown"] }),
    ).toEqual({
      deletedCount: 2,
    });

    await expect(
      dub.links.create({
        url: "https://example.com",
        testVariants: [{ url: "https://b.example", percentage: 50 }],
      }),
    ).rejects.toMatchObject({ statusCode: 422, message: expect.stringContaining("testVariants") });

    expect(await dub.links.delete(created.id)).toEqual({ id: created.id });
    await expect(dub.links.get({ linkId: created.id })).rejects.toMatchObject({ statusCode: 404 });
    await expect(dub.links.create({ url: "https://example.com", key })).resolves.toMatchObject({ key });
    await expect(dub.links.create({ url: "https://example.com", key })).rejects.toMatchObject({
      statusCode: 409,
    });
  });
});
