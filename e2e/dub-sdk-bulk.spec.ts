import { expect, test } from "@playwright/test";
import { Dub } from "dub";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

test("the dub SDK, unchanged, creates, updates and deletes links in bulk", async ({ page, baseURL }) => {
  const { secret } = await projectWithSecret(page, { name: "Bulk SDK", permissions: "All permissions" });
  const dub = new Dub({ token: secret, serverURL: `${baseURL}/api` });
  const tag = await dub.tags.create({ name: "bulk", color: "green" });

  const created = await dub.links.createMany(
    Array.from({ length: 5 }, (_, n) => ({ url: `https://example.com/bulk/${n}`, externalId: `bulk-${n}` })),
  );
  const ids = created.map((link) => ("id" in link ? link.id : "not created"));
  expect(ids.every((id) => id.startsWith("link_"))).toBe(true);

  const updated = await dub.links.updateMany({
    linkIds: ids.slice(0, 3),
    data: { tagIds: [tag.id], utmSource: "bulk", expiresAt: "2030-01-01T00:00:00Z", archived: true },
  });
  expect(updated.map((link) => link.id)).toEqual(ids.slice(0, 3));
  for (const link of updated) {
    expect(link).toMatchObject({
      tags: [{ id: tag.id, name: "bulk" }],
      utmSource: "bulk",
      expiresAt: "2030-01-01T00:00:00.000Z",
      archived: true,
    });
  }
  const byExternalId = await dub.links.updateMany({ externalIds: ["bulk-4"], data: { title: "Fourth" } });
  expect(byExternalId).toMatchObject([{ id: ids[4], title: "Fourth" }]);
  await expect(
    dub.links.updateMany({ linkIds: [ids[0] ?? "", "link_unknown"], data: { title: "Never" } }),
  ).rejects.toMatchObject({ statusCode: 404 });
  expect((await dub.links.get({ linkId: ids[0] })).title).toBeNull();

  const deleted = await dub.links.deleteMany({ linkIds: [...ids.slice(0, 4), "link_unknown"] });
  expect(deleted).toEqual({ deletedCount: 4 });
  const left = await dub.links.list({ showArchived: true });
  expect(left.result.map((link) => link.id)).toEqual([ids[4]]);
});
