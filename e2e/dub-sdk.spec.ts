import { type APIRequestContext, expect, test } from "@playwright/test";
import { Dub } from "dub";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { publishTxtRecord } from "./support/test-dns";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

type DomainRecord = { slug: string; verification: { name: string; value: string } };

/**
 * What the SDK cannot do: create the domain's TXT record (in the run's DNS) and verify it. The SDK's Domain type
 * drops `verification`, so the record is read from the API directly.
 */
async function verifyDomain(request: APIRequestContext, secret: string, slug: string) {
  const authorization = { authorization: `Bearer ${secret}` };
  const listed = (await (
    await request.get("/api/domains", { headers: authorization })
  ).json()) as DomainRecord[];
  const domain = listed.find((d) => d.slug === slug);
  if (!domain) throw new Error(`${slug} is not listed`);
  publishTxtRecord(domain.verification);
  const verified = await request.post(`/api/domains/${slug}/verify`, { headers: authorization });
  expect(verified.status()).toBe(200);
  expect(await verified.json()).toMatchObject({ verified: true, check: "verified" });
}
checkServerLogForSecrets();

test("the dub SDK, unchanged, works against the app: links, tags, domains, analytics", async ({
  page,
  request,
  baseURL,
}) => {
  const { secret } = await projectWithSecret(page, { name: "SDK", permissions: "All permissions" });
  const dub = new Dub({ token: secret, serverURL: `${baseURL}/api` });

  const tag = await dub.tags.create({ name: "launch", color: "blue" });
  expect(tag).toMatchObject({ name: "launch", color: "blue" });
  expect((await dub.tags.list({})).map((t) => t.id)).toContain(tag.id);

  const domainSlug = `go-${Date.now()}.example.test`;
  const domain = await dub.domains.create({ slug: domainSlug });
  expect(domain).toMatchObject({ slug: domainSlug, verified: false, primary: false });
  await verifyDomain(request, secret, domainSlug);
  // Dub's SDK sends no `primary` on update (its request schema drops it), so this one is a plain PATCH.
  const primary = await request.patch(`/api/domains/${domainSlug}`, {
    headers: { authorization: `Bearer ${secret}` },
    data: { primary: true },
  });
  expect(await primary.json()).toMatchObject({ slug: domainSlug, verified: true, primary: true });
  expect((await dub.domains.list({})).result).toEqual([
    expect.objectContaining({ slug: domainSlug, verified: true, primary: true }),
  ]);

  const link = await dub.links.create({
    url: "https://example.com/launch",
    tagIds: [tag.id],
    externalId: "sdk-1",
  });
  expect(link).toMatchObject({
    url: "https://example.com/launch",
    externalId: "sdk-1",
    tags: [{ id: tag.id }],
  });
  expect(link.key).toMatch(/^[0-9A-Za-z]{7}$/);
  const onDomain = await dub.links.create({
    url: "https://example.com/domain",
    domain: domainSlug,
    key: "promo",
  });
  expect(onDomain.shortLink).toBe(`https://${domainSlug}/promo`);

  const listed = await dub.links.list({});
  expect(listed.result.map((l) => l.id)).toEqual(expect.arrayContaining([link.id, onDomain.id]));
  expect(await dub.links.count({})).toBe(2);
  expect((await dub.links.get({ linkId: link.id })).id).toBe(link.id);
  expect((await dub.links.get({ externalId: "sdk-1" })).id).toBe(link.id);

  const updated = await dub.links.update(link.id, { title: "Launch", url: "https://example.com/launched" });
  expect(updated).toMatchObject({ title: "Launch", url: "https://example.com/launched" });

  // The link landed on the project's primary domain; its short link redirects there and the click is counted.
  const short = new URL(link.shortLink);
  expect(short.host).toBe(domainSlug);
  const resolved = await request.get(short.pathname, {
    maxRedirects: 0,
    headers: {
      host: short.host,
      "user-agent":
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      referer: "https://news.example.org/post",
    },
  });
  expect(resolved.status(), `${link.shortLink} → ${resolved.headers().location}`).toBe(302);
  expect(resolved.headers().location).toBe("https://example.com/launched");
  await expect
    .poll(
      async () =>
        (await dub.analytics.retrieve({ linkId: link.id, groupBy: "count", interval: "24h" })) as unknown,
    )
    .toMatchObject({ clicks: 1 });
  const devices = await dub.analytics.retrieve({ linkId: link.id, groupBy: "devices", interval: "24h" });
  expect(devices).toEqual([expect.objectContaining({ device: "Mobile", clicks: 1 })]);
  const timeseries = await dub.analytics.retrieve({ groupBy: "timeseries", interval: "24h" });
  expect(Array.isArray(timeseries)).toBe(true);

  expect(await dub.links.delete(link.id)).toMatchObject({ id: link.id });
  await expect(dub.links.get({ linkId: link.id })).rejects.toThrow();
});

test("a project domain's short link resolves on its own host once the domain is verified", async ({
  page,
  request,
  baseURL,
}) => {
  const { secret } = await projectWithSecret(page, { name: "Domains" });
  const dub = new Dub({ token: secret, serverURL: `${baseURL}/api` });
  const domainSlug = `links-${Date.now()}.example.test`;
  await dub.domains.create({ slug: domainSlug });
  await dub.links.create({ url: "https://example.com/on-domain", domain: domainSlug, key: "hello" });
  // Pending: the hostname serves nothing (asked at /s/ directly, where the route itself looks the host up).
  const pending = await request.get("/s/hello", { maxRedirects: 0, headers: { host: domainSlug } });
  expect(pending.status()).toBe(404);
  await verifyDomain(request, secret, domainSlug);
  const response = await request.get("/hello", { maxRedirects: 0, headers: { host: domainSlug } });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe("https://example.com/on-domain");
  const unknown = await request.get("/nope-nope", { maxRedirects: 0, headers: { host: domainSlug } });
  expect(unknown.status()).toBe(404);
});
