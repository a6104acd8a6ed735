import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { links } from "@/db/schema";
import { isFromTrustedProxy, PEER_HEADER } from "@/lib/client-address";
import { parseTrustProxy } from "@/lib/trust-proxy";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { clicksOf, insertLink } from "@/test/short-link-fixtures";
import { clickDetails, geoFromTrustedHeaders, recordClick } from "./record-click";

setupTestDatabase();

describe("clickDetails", () => {
  it.each([
    ["https://www.google.com/search?q=secret#top", "google.com", "https://www.google.com/search"],
    [
      "https://user:pass@News.Ycombinator.com/item?id=1",
      "news.ycombinator.com",
      "https://news.ycombinator.com/item",
    ],
    ["http://localhost:3000/page", "localhost", "http://localhost:3000/page"],
    ["android-app://com.google.android.gm/", "com.google.android.gm", "android-app://com.google.android.gm/"],
    ["not a url", null, null],
    ["", null, null],
    [null, null, null],
  ])(
    "keeps of referer %j the host %j and the URL %j (no query, fragment or credentials)",
    (referrer, host, url) => {
      expect(clickDetails(new Headers(), { referrer })).toMatchObject({ referer: host, refererUrl: url });
    },
  );

  it("counts a click as a link click unless told it is a QR scan", () => {
    expect(clickDetails(new Headers()).trigger).toBe("link");
    expect(clickDetails(new Headers(), { trigger: "qr" }).trigger).toBe("qr");
  });
});

describe("geoFromTrustedHeaders", () => {
  it.each([
    [
      "Vercel (URL-encoded city)",
      {
        "x-vercel-ip-country": "br",
        "x-vercel-ip-country-region": "SP",
        "x-vercel-ip-city": "S%C3%A3o%20Paulo",
        "x-vercel-ip-continent": "SA",
      },
      { country: "BR", region: "BR-SP", city: "São Paulo", continent: "SA" },
    ],
    [
      "Cloudflare",
      { "cf-ipcountry": "US", "cf-region-code": "CA", "cf-ipcity": "San Francisco", "cf-ipcontinent": "NA" },
      { country: "US", region: "US-CA", city: "San Francisco", continent: "NA" },
    ],
    [
      "a country alone (continent derived)",
      { "cf-ipcountry": "DE" },
      { country: "DE", region: null, city: null, continent: "EU" },
    ],
    [
      "the first usable header, in order",
      { "cf-ipcountry": "XX", "x-vercel-ip-country": "se", "x-country-code": "NO" },
      { country: "SE", region: null, city: null, continent: "EU" },
    ],
    [
      "unusable values",
      { "cf-ipcountry": "T1", "cf-region-code": "toolong", "cf-ipcity": "%E0%A4%A", "cf-ipcontinent": "ZZ" },
      { country: null, region: null, city: null, continent: null },
    ],
  ])("reads %s", (_, sent, geo) => {
    expect(geoFromTrustedHeaders(new Headers(sent), true)).toEqual(geo);
  });

  it.each([
    // [TRUST_PROXY, peer, counted]
    [undefined, "127.0.0.1", false],
    ["loopback", "127.0.0.1", true],
    ["loopback", "203.0.113.9", false],
    ["loopback", null, false],
  ] as const)("counts only from a trusted proxy: TRUST_PROXY=%j, peer %s → %s", (trust, peer, counted) => {
    const headers = new Headers({ "cf-ipcountry": "SE", "cf-ipcity": "Malmö" });
    if (peer) headers.set(PEER_HEADER, peer);
    const geo = geoFromTrustedHeaders(headers, isFromTrustedProxy(headers, parseTrustProxy(trust)));
    expect(geo.country).toBe(counted ? "SE" : null);
    expect(geo.city).toBe(counted ? "Malmö" : null);
  });

  it("reads TRUST_PROXY from the environment: a client's own geo headers are ignored", () => {
    const direct = new Headers({ "cf-ipcountry": "SE", "cf-ipcity": "Lund", [PEER_HEADER]: "203.0.113.9" });
    expect(clickDetails(direct)).toMatchObject({ country: null, city: null, continent: null });
    const proxied = new Headers({ "cf-ipcountry": "SE", "cf-ipcity": "Lund", [PEER_HEADER]: "127.0.0.1" });
    expect(clickDetails(proxied)).toMatchObject({ country: "SE", city: "Lund", continent: "EU" });
  });
});

describe("recordClick", () => {
  it("stores the click and bumps the link's counter; a bot only gets an id", async () => {
    const { project } = await ownerWithProject();
    const link = await insertLink(project.id);
    const human = clickDetails(
      new Headers({ "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Firefox/121.0" }),
    );
    const bot = clickDetails(
      new Headers({ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }),
    );

    const clickId = await recordClick({ projectId: project.id, linkId: link.id, details: human });
    const botClickId = await recordClick({ projectId: project.id, linkId: link.id, details: bot });

    expect(clickId).toMatch(/^[0-9A-Za-z]{16}$/);
    expect(botClickId).not.toBe(clickId);
    expect((await clicksOf(link.id)).map((click) => click.id)).toEqual([clickId]);
    const [stored] = await db.select().from(links).where(eq(links.id, link.id));
    expect(stored?.clicks).toBe(1);
  });
});
