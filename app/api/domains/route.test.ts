import { DomainSchema$inboundSchema } from "dub/models/components";
import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { GET, POST } from "./route";

setupTestDatabase();

const DOMAIN_KEYS = [
  "appleAppSiteAssociation",
  "archived",
  "assetLinks",
  "createdAt",
  "expiredUrl",
  "id",
  "logo",
  "notFoundUrl",
  "placeholder",
  "primary",
  "registeredDomain",
  "slug",
  "updatedAt",
  "verification",
  "verified",
];

type Domain = { id: string; slug: string; primary: boolean };

const hostname = () => `${unique("go")}.example.com`;
const create = (secret: string, body: unknown, headers?: Record<string, string>) =>
  callRoute(POST, { url: "/api/domains", method: "POST", secret, body, headers });
const list = (secret: string, query = "") => callRoute(GET, { url: `/api/domains${query}`, secret });
const slugs = (body: unknown) => (body as Domain[]).map((d) => d.slug);

describe("POST /api/domains", () => {
  it("answers 201 with a complete, pending Domain that the Dub SDK accepts; not even the first one is primary", async () => {
    const { secret } = await projectWithKey();
    const slug = hostname();
    const response = await create(secret, { slug, archived: false, expiredUrl: "https://example.com/gone" });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body as object).sort()).toEqual(DOMAIN_KEYS);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^dom_/),
      slug,
      verified: false,
      primary: false,
      archived: false,
      placeholder: null,
      expiredUrl: "https://example.com/gone",
      notFoundUrl: null,
      logo: null,
      registeredDomain: null,
    });
    expect(DomainSchema$inboundSchema.parse(response.body)).toMatchObject({ slug, primary: false });
  });

  it("lower-cases the slug, adds https:// to bare URLs and clears fields sent empty", async () => {
    const { secret } = await projectWithKey();
    const slug = hostname();
    const response = await create(secret, {
      slug: `  ${slug.toUpperCase()} `,
      notFoundUrl: "acme.com/missing",
      expiredUrl: "",
      placeholder: "https://acme.com/launch",
      logo: "https://acme.com/logo.png",
    });
    expect(response.body).toMatchObject({
      slug,
      notFoundUrl: "https://acme.com/missing",
      expiredUrl: null,
      placeholder: "https://acme.com/launch",
      logo: "https://acme.com/logo.png",
    });
  });

  it("refuses a slug the project already has with 409; another project's pending claim does not stand in the way", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const slug = hostname();
    expect((await create(secret, { slug })).status).toBe(201);
    const again = await create(secret, { slug: slug.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: "conflict" } });
    expect((await create(other.secret, { slug })).status).toBe(201);
  });

  it("refuses primary: true with 422: only a verified domain may be primary", async () => {
    const { secret } = await projectWithKey();
    const response = await create(secret, { slug: hostname(), primary: true });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining("'primary'") } });
    expect(await list(secret)).toMatchObject({ body: [] });
  });

  it.each([
    ["no slug", {}, "slug"],
    ["a slug without a dot", { slug: "localhost" }, "slug"],
    ["an empty label", { slug: "a..example.com" }, "slug"],
    ["a leading hyphen", { slug: "-a.example.com" }, "slug"],
    ["a space", { slug: "exa mple.com" }, "slug"],
    ["an underscore", { slug: "a_b.example.com" }, "slug"],
    ["a port", { slug: "example.com:8080" }, "slug"],
    ["an IP address", { slug: "10.0.0.1" }, "slug"],
    ["254 characters", { slug: `${"a.".repeat(125)}abcd` }, "slug"],
    ["a label of 64 characters", { slug: `${"a".repeat(64)}.com` }, "slug"],
    ["a slug that is no string", { slug: 7 }, "slug"],
    ["an ftp expiredUrl", { slug: "ok.example.com", expiredUrl: "ftp://example.com" }, "expiredUrl"],
    [
      "a javascript: notFoundUrl",
      { slug: "ok.example.com", notFoundUrl: "javascript:alert(1)" },
      "notFoundUrl",
    ],
    ["a javascript: logo", { slug: "ok.example.com", logo: "javascript:alert(1)" }, "logo"],
    ["archived that is no boolean", { slug: "ok.example.com", archived: "yes" }, "archived"],
    ["a NUL in placeholder", { slug: "ok.example.com", placeholder: "a\u0000" }, "placeholder"],
  ])("answers 422 naming the field for %s", async (_, body, field) => {
    const { secret } = await projectWithKey();
    const response = await create(secret, body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      error: { code: "unprocessable_entity", message: expect.stringContaining(`'${field}'`) },
    });
  });

  it("refuses the app's own hostname with 422", async () => {
    const { secret } = await projectWithKey();
    const response = await create(secret, { slug: "keys.example.com" }, { host: "keys.example.com" });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining("'slug'") } });
  });

  it("answers 400 for malformed JSON", async () => {
    const { secret } = await projectWithKey();
    expect((await create(secret, '{"slug": ')).status).toBe(400);
  });
});

describe("GET /api/domains", () => {
  it("lists the project's active domains, primary first; archived ones only with archived=true", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const [a, b, c] = [hostname(), hostname(), hostname()];
    await create(secret, { slug: a });
    await create(secret, { slug: b, archived: true });
    await create(secret, { slug: c });
    await create(other.secret, { slug: hostname() });
    const active = await list(secret);
    expect(active.status).toBe(200);
    expect(slugs(active.body)).toEqual([a, c]);
    for (const item of active.body as object[]) expect(Object.keys(item).sort()).toEqual(DOMAIN_KEYS);
    expect(slugs((await list(secret, "?archived=true")).body)).toEqual([b]);
    expect(slugs((await list(secret, `?search=${c.slice(0, 11).toUpperCase()}`)).body)).toEqual([c]);
  });

  it("pages with page and pageSize and refuses bad parameters with 422", async () => {
    const { secret } = await projectWithKey();
    const created = [];
    for (let i = 0; i < 5; i++) created.push(slugs([(await create(secret, { slug: hostname() })).body])[0]);
    expect(slugs((await list(secret, "?pageSize=2")).body)).toEqual(created.slice(0, 2));
    expect(slugs((await list(secret, "?pageSize=2&page=3")).body)).toEqual(created.slice(4));
    for (const [query, field] of [
      ["?archived=maybe", "archived"],
      ["?pageSize=0", "pageSize"],
      ["?page=abc", "page"],
    ]) {
      const response = await list(secret, query);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ error: { message: expect.stringContaining(`'${field}'`) } });
    }
  });
});

describe("the Dub SDK, unchanged", () => {
  it("adds, lists page by page, updates and deletes domains", async () => {
    const { secret } = await projectWithKey();
    const dub = dubClient(secret);
    const slug = hostname();
    const created = await dub.domains.create({ slug, placeholder: "https://example.com/x" });
    expect(created).toMatchObject({
      slug,
      verified: false,
      primary: false,
      placeholder: "https://example.com/x",
    });
    await dub.domains.create({ slug: hostname() });
    await dub.domains.create({ slug: hostname() });
    const pages: string[][] = [];
    for await (const page of await dub.domains.list({ pageSize: 2 }))
      pages.push(page.result.map((d) => d.slug));
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    const renamed = hostname();
    const updated = await dub.domains.update(slug, { slug: renamed, notFoundUrl: "https://example.com/404" });
    expect(updated).toMatchObject({ slug: renamed, notFoundUrl: "https://example.com/404", primary: false });
    expect(await dub.domains.delete(renamed)).toEqual({ slug: renamed });
  });
});
