import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as resolveShortLink } from "@/app/s/[key]/route";
import { db } from "@/db";
import { isProjectDomain } from "@/db/queries/short-links";
import { domains } from "@/db/schema";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { insertLink } from "@/test/short-link-fixtures";
import { POST as createDomain } from "../../route";
import { POST as verify } from "./route";

const dns = await vi.hoisted(async () => {
  const { startDnsServerWithMap } = await import("@/test/dns-server");
  const server = await startDnsServerWithMap();
  process.env.DNS_SERVER = server.address;
  return server;
});
afterAll(() => dns.close());

setupTestDatabase();

type Domain = { slug: string; verification: { name: string; value: string } };

async function claim(secret: string, slug: string): Promise<Domain> {
  const response = await callRoute(createDomain, {
    url: "/api/domains",
    method: "POST",
    secret,
    body: { slug },
  });
  return response.body as Domain;
}

async function proveAndVerify(secret: string, domain: Domain) {
  dns.records.set(domain.verification.name, [domain.verification.value]);
  const response = await callRoute(verify, {
    url: `/api/domains/${domain.slug}/verify`,
    method: "POST",
    secret,
    params: { slug: domain.slug },
  });
  expect(response.body).toMatchObject({ verified: true });
}

/** A visitor opening https://{host}/{key} (proxy.ts rewrites it to /s/{key}; the route reads the Host). */
async function open(host: string, key: string) {
  const request = new Request(`http://localhost:3000/s/${key}`, { headers: { host } });
  const response = await resolveShortLink(request, { params: Promise.resolve({ key }) });
  return { status: response.status, location: response.headers.get("location") };
}

describe("short links on a project domain", () => {
  it("are served only once the domain is verified, and no longer once it is pending again", async () => {
    const { secret, project } = await projectWithKey();
    const slug = `${unique("go")}.example.com`;
    const domain = await claim(secret, slug);
    const link = await insertLink(project.id, { domain: slug, url: "https://example.com/launch" });
    expect(await isProjectDomain({ host: slug })).toBe(false);
    expect((await open(slug, link.key)).status).toBe(404);

    await proveAndVerify(secret, domain);
    expect(await isProjectDomain({ host: slug })).toBe(true);
    expect(await open(slug, link.key)).toEqual({ status: 302, location: "https://example.com/launch" });

    await db.update(domains).set({ verified: false }).where(eq(domains.slug, slug));
    expect((await open(slug, link.key)).status).toBe(404);
  });

  it("on a hostname another project verified, a pending claimer's links are never served and then deleted", async () => {
    const owner = await projectWithKey();
    const squatter = await projectWithKey();
    const slug = `${unique("go")}.example.com`;
    await claim(squatter.secret, slug);
    const squatted = await insertLink(squatter.project.id, { domain: slug, key: unique("k") });
    expect((await open(slug, squatted.key)).status).toBe(404);
    await proveAndVerify(owner.secret, await claim(owner.secret, slug));
    expect((await open(slug, squatted.key)).status).toBe(404);
    // The key is free for the hostname's owner.
    const mine = await insertLink(owner.project.id, {
      domain: slug,
      key: squatted.key,
      url: "https://example.com/mine",
    });
    expect(await open(slug, mine.key)).toEqual({ status: 302, location: "https://example.com/mine" });
  });
});
