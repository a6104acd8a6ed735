import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { links } from "@/db/schema";
import { PEER_HEADER } from "@/lib/client-address";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { clicksOf, DEFAULT_HOST, insertDomain, insertLink } from "@/test/short-link-fixtures";
import { GET, HEAD, POST } from "./route";

setupTestDatabase();

const CHROME_ON_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const SAFARI_ON_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

type Visit = {
  host?: string;
  search?: string;
  headers?: Record<string, string>;
  method?: "GET" | "HEAD" | "POST";
  body?: BodyInit;
};

function visit(
  key: string,
  { host = DEFAULT_HOST, search = "", headers = {}, method = "GET", body }: Visit = {},
) {
  const request = new Request(`http://${host}/s/${encodeURIComponent(key)}${search}`, {
    method,
    body,
    headers: { host, "user-agent": CHROME_ON_MAC, [PEER_HEADER]: "127.0.0.1", ...headers },
  });
  const handler = { GET, HEAD, POST }[method];
  return handler(request, { params: Promise.resolve({ key }) });
}

async function project() {
  return (await ownerWithProject()).project;
}

describe("GET /s/{key}", () => {
  it("redirects (302, no-store) to the link's URL and records the click with what the headers say", async () => {
    const link = await insertLink((await project()).id, { url: "https://example.com/landing?x=1" });
    const response = await visit(link.key, {
      headers: {
        "user-agent": SAFARI_ON_IPHONE,
        referer: "https://news.ycombinator.com/item?id=1",
        "cf-ipcountry": "de",
      },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://example.com/landing?x=1");
    expect(response.headers.get("cache-control")).toBe("no-store");
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
    const [click] = await clicksOf(link.id);
    expect(click).toMatchObject({
      projectId: link.projectId,
      referer: "news.ycombinator.com",
      country: "DE",
      device: "Mobile",
      browser: "Safari",
      os: "iOS",
    });
    const [stored] = await db.select().from(links).where(eq(links.id, link.id));
    expect(stored?.clicks).toBe(1);
    expect(stored?.lastClicked?.getTime()).toBe(click?.timestamp.getTime());
  });

  it.each([
    [{ "x-vercel-ip-country": "FR" }, "FR"],
    [{ "x-country-code": "us" }, "US"],
    [{ "cf-ipcountry": "XX" }, null],
    [{ "cf-ipcountry": "T1" }, null],
    [{ "cf-ipcountry": "USA" }, null],
    [{}, null],
  ])("reads the country from %j as %s, and no Referer as null", async (headers, country) => {
    const link = await insertLink((await project()).id);
    expect((await visit(link.key, { headers })).status).toBe(302);
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
    expect((await clicksOf(link.id))[0]).toMatchObject({ country, referer: null, device: "Desktop" });
  });

  it("records a visit through the QR code's link (?qr=1) as a scan, and never passes the marker on", async () => {
    const link = await insertLink((await project()).id, { url: "https://example.com/landing?x=1" });
    const scan = await visit(link.key, {
      search: "?qr=1",
      headers: {
        "x-vercel-ip-country": "US",
        "x-vercel-ip-country-region": "CA",
        "x-vercel-ip-city": "San%20Jos%C3%A9",
        referer: "https://www.example.org/page?token=secret#frag",
      },
    });
    expect(scan.headers.get("location")).toBe("https://example.com/landing?x=1");
    const plain = await visit(link.key, { search: "?qr=0" });
    expect(plain.headers.get("location")).toBe("https://example.com/landing?x=1");
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(2));
    const clicks = await clicksOf(link.id);
    expect(clicks.find((click) => click.trigger === "qr")).toMatchObject({
      country: "US",
      region: "US-CA",
      city: "San José",
      continent: "NA",
      referer: "example.org",
      refererUrl: "https://www.example.org/page",
    });
    expect(clicks.map((click) => click.trigger).sort()).toEqual(["link", "qr"]);
  });

  it("appends the link's utm_* parameters, replacing ones the URL already has", async () => {
    const link = await insertLink((await project()).id, {
      url: "https://example.com/p?utm_source=old&keep=1",
      utmSource: "newsletter",
      utmCampaign: "spring sale",
    });
    const location = new URL((await visit(link.key)).headers.get("location") ?? "");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      utm_source: "newsletter",
      keep: "1",
      utm_campaign: "spring sale",
    });
  });

  it("sends iOS and Android visitors to their own URLs, and a country to its geo target", async () => {
    const link = await insertLink((await project()).id, {
      ios: "https://apps.apple.com/app/1",
      android: "https://play.google.com/store/apps/details?id=x",
      geo: { NL: "https://example.nl/" },
    });
    expect(
      (await visit(link.key, { headers: { "user-agent": SAFARI_ON_IPHONE } })).headers.get("location"),
    ).toBe("https://apps.apple.com/app/1");
    expect((await visit(link.key, { headers: { "cf-ipcountry": "NL" } })).headers.get("location")).toBe(
      "https://example.nl/",
    );
    expect((await visit(link.key)).headers.get("location")).toBe("https://example.com/");
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(3));
  });

  it("redirects a bot without recording it", async () => {
    const link = await insertLink((await project()).id);
    const response = await visit(link.key, { headers: { "user-agent": GOOGLEBOT } });
    expect(response.status).toBe(302);
    await visit(link.key);
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
    expect((await clicksOf(link.id))[0]?.device).toBe("Desktop");
  });

  it("answers HEAD like GET without recording a click", async () => {
    const link = await insertLink((await project()).id);
    const head = await visit(link.key, { method: "HEAD" });
    expect(head.status).toBe(302);
    expect(head.headers.get("location")).toBe("https://example.com/");
    await visit(link.key);
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
  });

  it("sends an expired link to its expiredUrl, else the domain's, else a 410 page", async () => {
    const { id: projectId } = await project();
    const domain = await insertDomain(projectId, { expiredUrl: "https://example.com/domain-expired" });
    const past = new Date(Date.now() - 60_000);
    const own = await insertLink(projectId, { expiresAt: past, expiredUrl: "https://example.com/expired" });
    const onDomain = await insertLink(projectId, { domain: domain.slug, expiresAt: past });
    const bare = await insertLink(projectId, { expiresAt: past });
    const future = await insertLink(projectId, { expiresAt: new Date(Date.now() + 3_600_000) });

    expect((await visit(own.key)).headers.get("location")).toBe("https://example.com/expired");
    expect((await visit(onDomain.key, { host: domain.slug })).headers.get("location")).toBe(
      "https://example.com/domain-expired",
    );
    const gone = await visit(bare.key);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("content-type")).toContain("text/html");
    expect(await gone.text()).toContain("This link has expired");
    expect((await visit(future.key)).headers.get("location")).toBe("https://example.com/");
  });

  it.each([
    ["unknown", {}, "missing"],
    ["archived", { archived: true }, null],
    ["disabled", { disabledAt: new Date(Date.now() - 1000) }, null],
  ])("answers 404 (an HTML page) for an %s link", async (_, values, key) => {
    const link = await insertLink((await project()).id, values);
    const response = await visit(key ?? link.key);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("location")).toBeNull();
  });

  it("sends an unknown key on a project domain to the domain's notFoundUrl", async () => {
    const domain = await insertDomain((await project()).id, { notFoundUrl: "https://example.com/404" });
    const response = await visit("nothing-here", { host: domain.slug });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://example.com/404");
  });

  it("resolves a project domain's links by the Host header, and never another project's or domain's", async () => {
    const [a, b] = [await project(), await project()];
    const domainA = await insertDomain(a.id);
    const domainB = await insertDomain(b.id);
    const link = await insertLink(a.id, { domain: domainA.slug, url: "https://a.example/" });
    const planted = await insertLink(a.id, { domain: domainB.slug, url: "https://planted.example/" });

    expect((await visit(link.key, { host: domainA.slug })).headers.get("location")).toBe(
      "https://a.example/",
    );
    expect((await visit(link.key, { host: domainB.slug })).status).toBe(404);
    expect((await visit(link.key)).status).toBe(404);
    // A row on B's domain that belongs to A (never created by the API) still does not resolve there.
    expect((await visit(planted.key, { host: domainB.slug })).status).toBe(404);
  });

  it("asks for a protected link's password, and redirects once it is given", async () => {
    const link = await insertLink((await project()).id, { password: "s3cret" });
    const form = await visit(link.key);
    expect(form.status).toBe(401);
    expect(await form.text()).toContain('type="password"');
    const wrong = await visit(link.key, { method: "POST", body: new URLSearchParams({ password: "nope" }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Incorrect password");
    const right = await visit(link.key, {
      method: "POST",
      body: new URLSearchParams({ password: "s3cret" }),
    });
    expect(right.status).toBe(302);
    expect(right.headers.get("location")).toBe("https://example.com/");
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
  });

  it.each(["\u0000", "a".repeat(5000), "%E0%A4%A", "../../etc"])(
    "answers 404, never 5xx, for the key %j",
    async (key) => {
      expect((await visit(key.slice(0, 5000))).status).toBe(404);
    },
  );
});
