import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { links } from "@/db/schema";
import { isFromTrustedProxy, PEER_HEADER } from "@/lib/client-address";
import { parseTrustProxy } from "@/lib/trust-proxy";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { clicksOf, insertLink } from "@/test/short-link-fixtures";
import { clickDetails, countryFromHeaders, recordClick, refererHost } from "./record-click";

setupTestDatabase();

describe("refererHost", () => {
  it.each([
    ["https://www.google.com/search?q=x", "www.google.com"],
    ["http://localhost:3000/page", "localhost"],
    ["android-app://com.google.android.gm/", "com.google.android.gm"],
    ["not a url", null],
    ["", null],
    [null, null],
  ])("%j → %j", (referer, host) => {
    expect(refererHost(referer)).toBe(host);
  });
});

describe("countryFromHeaders", () => {
  it("takes the first usable header, in order", () => {
    const headers = new Headers({
      "cf-ipcountry": "XX",
      "x-vercel-ip-country": "se",
      "x-country-code": "NO",
    });
    expect(countryFromHeaders(headers, true)).toBe("SE");
  });

  it.each([
    // [TRUST_PROXY, peer, counted]
    [undefined, "127.0.0.1", false],
    ["loopback", "127.0.0.1", true],
    ["loopback", "203.0.113.9", false],
    ["loopback", null, false],
  ] as const)("counts only from a trusted proxy: TRUST_PROXY=%j, peer %s → %s", (trust, peer, counted) => {
    const headers = new Headers({ "cf-ipcountry": "SE" });
    if (peer) headers.set(PEER_HEADER, peer);
    const country = countryFromHeaders(headers, isFromTrustedProxy(headers, parseTrustProxy(trust)));
    expect(country).toBe(counted ? "SE" : null);
  });

  it("reads TRUST_PROXY from the environment: a client's own geo header is ignored", () => {
    const direct = new Headers({ "cf-ipcountry": "SE", [PEER_HEADER]: "203.0.113.9" });
    expect(countryFromHeaders(direct)).toBeNull();
    expect(clickDetails(direct).country).toBeNull();
    const proxied = new Headers({ "cf-ipcountry": "SE", [PEER_HEADER]: "127.0.0.1" });
    expect(clickDetails(proxied).country).toBe("SE");
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
