import {
  AnalyticsBrowsers$inboundSchema,
  AnalyticsCountries$inboundSchema,
  AnalyticsDevices$inboundSchema,
  AnalyticsOS$inboundSchema,
  AnalyticsReferers$inboundSchema,
  AnalyticsTopLinks$inboundSchema,
} from "dub/models/components";
import { describe, expect, it } from "vitest";
import { analyticsResponseSchemas } from "@/lib/api/schemas/analytics-response";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { DEFAULT_HOST } from "@/test/short-link-fixtures";
import { analytics, type Fixture, projectWithClicks } from "./test-fixtures";

setupTestDatabase();

describe("GET /api/analytics", () => {
  describe("breakdowns", () => {
    it.each([
      [
        "countries",
        AnalyticsCountries$inboundSchema,
        [
          ["US", 3],
          ["DE", 1],
          ["Unknown", 1],
        ],
      ],
      [
        "devices",
        AnalyticsDevices$inboundSchema,
        [
          ["Desktop", 2],
          ["Mobile", 2],
          ["Unknown", 1],
        ],
      ],
      [
        "browsers",
        AnalyticsBrowsers$inboundSchema,
        [
          ["Safari", 2],
          ["Unknown", 2],
          ["Chrome", 1],
        ],
      ],
      [
        "os",
        AnalyticsOS$inboundSchema,
        [
          ["Unknown", 2],
          ["iOS", 2],
          ["Windows", 1],
        ],
      ],
      [
        "referers",
        AnalyticsReferers$inboundSchema,
        [
          ["(direct)", 2],
          ["google.com", 2],
          ["t.co", 1],
        ],
      ],
    ] as const)("groups by %s, most clicks first", async (groupBy, sdkSchema, expected) => {
      const { secret } = await projectWithClicks();
      const response = await analytics(secret, { groupBy });
      expect(response.status).toBe(200);
      const field = {
        countries: "country",
        devices: "device",
        browsers: "browser",
        os: "os",
        referers: "referer",
      }[groupBy];
      expect(response.body).toEqual(expected.map(([value, clicks]) => ({ [field]: value, clicks })));
      analyticsResponseSchemas[groupBy].parse(response.body);
      for (const row of response.body as unknown[]) sdkSchema.parse(row);
    });

    it("lists the top links with their short links", async () => {
      const { secret, home, promo, domain } = await projectWithClicks();
      const response = await analytics(secret, { groupBy: "top_links" });
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          link: home.id,
          id: home.id,
          domain: DEFAULT_HOST,
          key: home.key,
          shortLink: `http://${DEFAULT_HOST}/s/${home.key}`,
          url: "https://example.com/home",
          title: "Home",
          comments: null,
          folderId: null,
          partnerId: null,
          createdAt: home.createdAt.toISOString(),
          clicks: 4,
        },
        expect.objectContaining({
          id: promo.id,
          shortLink: `https://${domain.slug}/${promo.key}`,
          clicks: 1,
        }),
      ]);
      for (const row of response.body as unknown[]) AnalyticsTopLinks$inboundSchema.parse(row);
    });
  });

  describe("filters", () => {
    it.each([
      ["linkId", (p: Fixture) => ({ linkId: p.home.id }), 4],
      ["two linkIds", (p: Fixture) => ({ linkId: `${p.home.id},${p.promo.id}` }), 5],
      ["an excluded linkId", (p: Fixture) => ({ linkId: `-${p.home.id}` }), 1],
      ["domain", (p: Fixture) => ({ domain: p.domain.slug }), 1],
      ["domain and key", (p: Fixture) => ({ domain: DEFAULT_HOST, key: p.home.key }), 4],
      ["a key on another domain", (p: Fixture) => ({ domain: p.domain.slug, key: p.home.key }), 0],
      ["country", () => ({ country: "US" }), 3],
      ["excluded countries", () => ({ country: "-US,-DE" }), 1],
      ["device", () => ({ device: "Mobile" }), 2],
      ["browser", () => ({ browser: "Unknown" }), 2],
      ["os", () => ({ os: "iOS" }), 2],
      ["direct referer", () => ({ referer: "(direct)" }), 2],
      ["url", () => ({ url: "https://example.com/promo" }), 1],
      ["an unknown tag", () => ({ tagId: "tag_nothing" }), 0],
    ])("narrows by %s", async (_, query, clicks) => {
      const fixture = await projectWithClicks();
      expect((await analytics(fixture.secret, query(fixture))).body).toEqual({ clicks });
    });
  });
});

describe("through the Dub SDK", () => {
  it("retrieves every groupBy with the SDK's own response validation", async () => {
    const { secret, home } = await projectWithClicks();
    const sdk = dubClient(secret);
    expect(await sdk.analytics.retrieve({})).toMatchObject({ clicks: 5 });
    expect(await sdk.analytics.retrieve({ groupBy: "count", linkId: home.id, interval: "7d" })).toMatchObject(
      {
        clicks: 5,
      },
    );
    const series = await sdk.analytics.retrieve({
      groupBy: "timeseries",
      interval: "7d",
      timezone: "Europe/Berlin",
    });
    expect(series).toHaveLength(8);
    for (const groupBy of ["countries", "devices", "browsers", "os", "referers", "top_links"] as const) {
      const rows = await sdk.analytics.retrieve({ groupBy });
      expect(Array.isArray(rows) && rows.length > 0, groupBy).toBe(true);
    }
  });

  it("surfaces a 422 as the SDK's UnprocessableEntity error", async () => {
    const { secret } = await projectWithKey();
    await expect(dubClient(secret).analytics.retrieve({ event: "leads" })).rejects.toMatchObject({
      name: "UnprocessableEntity",
    });
  });
});
