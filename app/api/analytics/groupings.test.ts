import { describe, expect, it } from "vitest";
import { analyticsResponseSchemas } from "@/lib/api/schemas/analytics-response";
import { setupTestDatabase } from "@/test/database";
import { DEFAULT_HOST } from "@/test/short-link-fixtures";
import { analytics, projectWithPlacedClicks } from "./test-fixtures";

setupTestDatabase();

type Placed = Awaited<ReturnType<typeof projectWithPlacedClicks>>;

describe("GET /api/analytics groupings", () => {
  it.each([
    [
      "continents",
      () => [
        { continent: "NA", clicks: 2 },
        { continent: "EU", clicks: 1 },
      ],
    ],
    [
      "regions",
      () => [
        { country: "US", region: "US-CA", clicks: 2 },
        { country: "DE", region: "DE-BE", clicks: 1 },
        { country: "Unknown", region: "Unknown", clicks: 1 },
      ],
    ],
    [
      "cities",
      () => [
        { country: "DE", region: "DE-BE", city: "Berlin", clicks: 1 },
        { country: "US", region: "US-CA", city: "Los Angeles", clicks: 1 },
        { country: "US", region: "US-CA", city: "San Francisco", clicks: 1 },
        { country: "Unknown", region: "Unknown", city: "Unknown", clicks: 1 },
      ],
    ],
    [
      "triggers",
      () => [
        { trigger: "link", clicks: 2 },
        { trigger: "qr", clicks: 2 },
      ],
    ],
    [
      "trigger",
      () => [
        { trigger: "link", clicks: 2 },
        { trigger: "qr", clicks: 2 },
      ],
    ],
    [
      "referers",
      () => [
        { referer: "google.com", clicks: 2 },
        { referer: "(direct)", clicks: 1 },
        { referer: "t.co", clicks: 1 },
      ],
    ],
    [
      "referer_urls",
      () => [
        { refererUrl: "(direct)", clicks: 1 },
        { refererUrl: "https://google.com/", clicks: 1 },
        { refererUrl: "https://t.co/abc", clicks: 1 },
        { refererUrl: "https://www.google.com/search", clicks: 1 },
      ],
    ],
    [
      "top_urls",
      () => [
        { url: "https://example.com/home?ref=a", clicks: 3 },
        { url: "https://example.com/promo#x", clicks: 1 },
      ],
    ],
    [
      "top_base_urls",
      () => [
        { url: "https://example.com/home", clicks: 3 },
        { url: "https://example.com/promo", clicks: 1 },
      ],
    ],
    [
      "top_domains",
      (p: Placed) => [
        { domain: DEFAULT_HOST, clicks: 3 },
        { domain: p.domain.slug, clicks: 1 },
      ],
    ],
    [
      "top_link_tags",
      (p: Placed) => [{ tagId: p.tag.id, tag: { id: p.tag.id, name: "Launch", color: "blue" }, clicks: 3 }],
    ],
    ["utm_sources", () => [{ utm_source: "news", clicks: 3 }]],
    ["utm_mediums", () => [{ utm_medium: "email", clicks: 3 }]],
    ["utm_campaigns", () => []],
    ["utm_terms", () => []],
    ["utm_contents", () => []],
  ] as const)("groups by %s", async (groupBy, expected) => {
    const fixture = await projectWithPlacedClicks();
    const response = await analytics(fixture.secret, { groupBy });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expected(fixture));
    analyticsResponseSchemas[groupBy === "trigger" ? "triggers" : groupBy].parse(response.body);
  });

  it.each([
    ["city", { city: "Berlin" }, 1],
    ["region, any case", { region: "us-ca" }, 2],
    ["an unknown region", { region: "Unknown" }, 1],
    ["continent, any case", { continent: "eu" }, 1],
    ["an unknown continent", { continent: "unknown" }, 1],
    ["trigger qr", { trigger: "qr" }, 2],
    ["trigger link", { trigger: "link" }, 2],
    ["qr=true", { qr: "true" }, 2],
    ["qr=false", { qr: "false" }, 2],
    ["refererUrl", { refererUrl: "https://t.co/abc" }, 1],
    ["referer with www.", { referer: "www.google.com" }, 2],
    ["referer in capitals", { referer: "GOOGLE.com" }, 2],
    ["an excluded referer", { referer: "-google.com" }, 2],
    ["root=true (domain roots are never recorded)", { root: "true" }, 0],
    ["root=false", { root: "false" }, 4],
    ["utm_source", { utm_source: "news" }, 3],
  ])("narrows by %s", async (_, query, clicks) => {
    const { secret } = await projectWithPlacedClicks();
    expect((await analytics(secret, query)).body).toEqual({ clicks });
  });

  it.each([
    ["top_partners", "partner"],
    ["top_groups", "partner group"],
    ["top_partner_tags", "partner tag"],
    ["top_folders", "folder"],
  ])("refuses %s: it needs %s data, which this API does not record", async (groupBy, data) => {
    const { secret } = await projectWithPlacedClicks();
    const response = await analytics(secret, { groupBy });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain(`needs ${data} data, which this API does not record`);
  });

  it("refuses unknown query parameters, naming them", async () => {
    const { secret } = await projectWithPlacedClicks();
    const response = await analytics(secret, { groupBy: "countries", colour: "red" });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain("Unknown query parameter(s): 'colour'");
  });
});
