import { afterAll, describe, expect, it, vi } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { POST as createDomain, GET } from "../../route";
import { PATCH } from "../route";
import { POST as verify } from "./route";

// Before anything reads the environment: every DNS check asks this server, which the tests fill.
const dns = await vi.hoisted(async () => {
  const { startDnsServerWithMap } = await import("@/test/dns-server");
  const server = await startDnsServerWithMap();
  process.env.DNS_SERVER = server.address;
  return server;
});
afterAll(() => dns.close());

setupTestDatabase();

type Record = { type: "TXT"; name: string; value: string };
type Domain = { id: string; slug: string; verified: boolean; primary: boolean; verification: Record };
type Verification = { verified: boolean; check: string; message: string; domain: Domain };

const hostname = () => `${unique("go")}.example.com`;

async function add(secret: string, slug = hostname()) {
  return callRoute(createDomain, { url: "/api/domains", method: "POST", secret, body: { slug } });
}

async function addDomain(secret: string, slug?: string): Promise<Domain> {
  const response = await add(secret, slug);
  expect(response.status).toBe(201);
  return response.body as Domain;
}

const check = (secret: string, slug: string) =>
  callRoute(verify, { url: `/api/domains/${slug}/verify`, method: "POST", secret, params: { slug } });

const publish = ({ name, value }: Record) => dns.records.set(name, [...(dns.records.get(name) ?? []), value]);

describe("the record to create", () => {
  it("comes with the domain: a TXT record under _codeqr-verification with a value of this project's own", async () => {
    const first = await projectWithKey();
    const second = await projectWithKey();
    const slug = hostname();
    const mine = await addDomain(first.secret, slug);
    const theirs = await addDomain(second.secret, slug);
    expect(mine).toMatchObject({ verified: false, primary: false });
    expect(mine.verification).toEqual({
      type: "TXT",
      name: `_codeqr-verification.${slug}`,
      value: expect.stringMatching(/^codeqr-verification=[0-9a-f]{32}$/),
    });
    expect(theirs.verification.value).not.toBe(mine.verification.value);
    const listed = (await callRoute(GET, { url: "/api/domains", secret: first.secret })).body as Domain[];
    expect(listed.map((d) => d.verification)).toEqual([mine.verification]);
  });
});

describe("POST /api/domains/{slug}/verify", () => {
  it("verifies the domain once DNS holds the record", async () => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    dns.records.set(domain.verification.name, ["v=spf1 -all", domain.verification.value]);
    const response = await check(secret, domain.slug);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      verified: true,
      check: "verified",
      message: expect.stringContaining("verified"),
      domain: { slug: domain.slug, verified: true, primary: false },
    });
    const listed = (await callRoute(GET, { url: "/api/domains", secret })).body as Domain[];
    expect(listed[0]).toMatchObject({ verified: true });
  });

  it.each([
    ["no record at the name", () => undefined, "not_found"],
    [
      "a record with another value",
      () => ["codeqr-verification=0123456789abcdef0123456789abcdef"],
      "mismatch",
    ],
    ["a DNS server failure", () => ["SERVFAIL"], "dns_error"],
  ])("leaves the domain pending for %s, saying so with 200", async (_, records, expected) => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    const values = records();
    if (values) dns.records.set(domain.verification.name, values);
    const response = await check(secret, domain.slug);
    expect(response.status).toBe(200);
    const body = response.body as Verification;
    expect(body).toMatchObject({ verified: false, check: expected, domain: { verified: false } });
    expect(body.message).toContain(domain.verification.name);
  });

  it("is not fooled by another project's record for the same hostname", async () => {
    const mine = await projectWithKey();
    const theirs = await projectWithKey();
    const slug = hostname();
    await addDomain(mine.secret, slug);
    publish((await addDomain(theirs.secret, slug)).verification);
    expect((await check(mine.secret, slug)).body).toMatchObject({ verified: false, check: "mismatch" });
  });

  it("gives the hostname to the project that proves it: others' pending claims go, and no one else may claim it", async () => {
    const owner = await projectWithKey();
    const squatter = await projectWithKey();
    const slug = hostname();
    await addDomain(squatter.secret, slug);
    publish((await addDomain(owner.secret, slug)).verification);
    expect((await check(owner.secret, slug)).body).toMatchObject({ verified: true });
    expect((await callRoute(GET, { url: "/api/domains", secret: squatter.secret })).body).toEqual([]);
    const late = await projectWithKey();
    const claim = await add(late.secret, slug);
    expect(claim.status).toBe(409);
    expect(claim.body).toMatchObject({
      error: { code: "conflict", message: expect.stringContaining("verified by another project") },
    });
    const rename = await callRoute(PATCH, {
      url: `/api/domains/x`,
      method: "PATCH",
      secret: late.secret,
      body: { slug },
      params: { slug: (await addDomain(late.secret)).slug },
    });
    expect(rename.status).toBe(409);
  });

  it("answers 409 when another project verified the hostname first (even with this project's record in DNS)", async () => {
    const first = await projectWithKey();
    const second = await projectWithKey();
    const slug = hostname();
    const a = await addDomain(first.secret, slug);
    const b = await addDomain(second.secret, slug);
    publish(a.verification);
    publish(b.verification);
    // Both checks run at once: exactly one project wins the hostname.
    const answers = await Promise.all([check(first.secret, slug), check(second.secret, slug)]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect([
      [200, 404],
      [200, 409],
    ]).toContainEqual(statuses);
    const loser = answers.find((answer) => answer.status !== 200);
    expect(loser?.body).toMatchObject({ error: { code: expect.stringMatching(/^(conflict|not_found)$/) } });
  });

  it("marks a verified domain pending again (and no longer primary) when its record is gone", async () => {
    const { secret } = await projectWithKey();
    const domain = await addDomain(secret);
    publish(domain.verification);
    await check(secret, domain.slug);
    const primary = await callRoute(PATCH, {
      url: `/api/domains/${domain.slug}`,
      method: "PATCH",
      secret,
      body: { primary: true },
      params: { slug: domain.slug },
    });
    expect(primary.body).toMatchObject({ primary: true });
    dns.records.set(domain.verification.name, ["SERVFAIL"]);
    expect((await check(secret, domain.slug)).body).toMatchObject({ check: "dns_error", verified: true });
    dns.records.delete(domain.verification.name);
    const response = await check(secret, domain.slug);
    expect(response.body).toMatchObject({
      verified: false,
      check: "not_found",
      message: expect.stringContaining("no longer serves short links"),
      domain: { verified: false, primary: false },
    });
  });

  it("answers 404 for an unknown domain and for another project's, alike", async () => {
    const owner = await projectWithKey();
    const intruder = await projectWithKey();
    const domain = await addDomain(owner.secret);
    publish(domain.verification);
    const foreign = await check(intruder.secret, domain.slug);
    const unknown = await check(intruder.secret, "unknown.example.com");
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({
      error: { ...(unknown.body as { error: object }).error, request_id: expect.any(String) },
    });
    const listed = (await callRoute(GET, { url: "/api/domains", secret: owner.secret })).body as Domain[];
    expect(listed[0]).toMatchObject({ verified: false });
  });
});
