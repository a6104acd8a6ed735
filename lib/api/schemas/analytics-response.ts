import { z } from "zod";
import { CLICK_TRIGGERS } from "@/lib/analytics/click-triggers";
import { CONTINENTS } from "@/lib/analytics/continents";
import { TAG_COLORS } from "@/lib/tag-colors";
import type { AnalyticsGroupBy } from "./analytics";

const clicks = z.number().int().describe("The number of clicks.");
const row = <S extends z.ZodRawShape>(shape: S) => z.object({ ...shape, clicks });
const country = z.string().describe("ISO 3166-1 alpha-2 code, or `Unknown`.");
const region = z.string().describe("ISO 3166-2 code such as `US-CA`, or `Unknown`.");

/** Each row shape, under the component name Dub's OpenAPI document gives it. */
export const ANALYTICS_COMPONENTS = {
  AnalyticsCount: z.object({ clicks }),
  AnalyticsTimeseries: row({ start: z.iso.datetime().describe("The bucket's first instant (UTC).") }),
  AnalyticsContinents: row({
    continent: z.enum(CONTINENTS).describe("Clicks without a known continent are left out."),
  }),
  AnalyticsCountries: row({ country }),
  AnalyticsRegions: row({ country, region }),
  AnalyticsCities: row({ country, region, city: z.string().describe("The city's name, or `Unknown`.") }),
  AnalyticsDevices: row({ device: z.string() }),
  AnalyticsBrowsers: row({ browser: z.string() }),
  AnalyticsOS: row({ os: z.string() }),
  AnalyticsTriggers: row({
    trigger: z.enum(CLICK_TRIGGERS).describe("`link`, or `qr` for a scan of the QR code."),
  }),
  AnalyticsReferers: row({
    referer: z.string().describe("Referring hostname without `www.`, or `(direct)`."),
  }),
  AnalyticsRefererUrls: row({
    refererUrl: z.string().describe("Referring URL without its query string, or `(direct)`."),
  }),
  AnalyticsTopLinks: row({
    link: z.string().describe("The link's id (Dub's name for it)."),
    id: z.string(),
    domain: z.string(),
    key: z.string(),
    shortLink: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    comments: z.string().nullable(),
    folderId: z.string().nullable(),
    partnerId: z.string().nullable(),
    createdAt: z.iso.datetime(),
  }),
  AnalyticsTopUrls: row({ url: z.string().describe("The link's destination URL.") }),
  AnalyticsTopBaseUrls: row({
    url: z.string().describe("The destination URL without query string or fragment."),
  }),
  AnalyticsTopDomains: row({ domain: z.string() }),
  AnalyticsTopLinkTags: row({
    tagId: z.string(),
    tag: z.object({ id: z.string(), name: z.string(), color: z.enum(TAG_COLORS) }),
  }),
  AnalyticsUTMSources: row({ utm_source: z.string() }),
  AnalyticsUTMMediums: row({ utm_medium: z.string() }),
  AnalyticsUTMCampaigns: row({ utm_campaign: z.string() }),
  AnalyticsUTMTerms: row({ utm_term: z.string() }),
  AnalyticsUTMContents: row({ utm_content: z.string() }),
} as const;
const rows = ANALYTICS_COMPONENTS;

/** The response body of each `groupBy` (arrays sorted by clicks, at most 100 rows), in Dub's row shapes. */
export const analyticsResponseSchemas = {
  count: rows.AnalyticsCount,
  timeseries: z.array(rows.AnalyticsTimeseries),
  continents: z.array(rows.AnalyticsContinents),
  countries: z.array(rows.AnalyticsCountries),
  regions: z.array(rows.AnalyticsRegions),
  cities: z.array(rows.AnalyticsCities),
  devices: z.array(rows.AnalyticsDevices),
  browsers: z.array(rows.AnalyticsBrowsers),
  os: z.array(rows.AnalyticsOS),
  triggers: z.array(rows.AnalyticsTriggers),
  referers: z.array(rows.AnalyticsReferers),
  referer_urls: z.array(rows.AnalyticsRefererUrls),
  top_links: z.array(rows.AnalyticsTopLinks),
  top_urls: z.array(rows.AnalyticsTopUrls),
  top_base_urls: z.array(rows.AnalyticsTopBaseUrls),
  top_domains: z.array(rows.AnalyticsTopDomains),
  top_link_tags: z.array(rows.AnalyticsTopLinkTags),
  utm_sources: z.array(rows.AnalyticsUTMSources),
  utm_mediums: z.array(rows.AnalyticsUTMMediums),
  utm_campaigns: z.array(rows.AnalyticsUTMCampaigns),
  utm_terms: z.array(rows.AnalyticsUTMTerms),
  utm_contents: z.array(rows.AnalyticsUTMContents),
} as const satisfies Record<AnalyticsGroupBy, z.ZodType>;

const { count, ...breakdowns } = analyticsResponseSchemas;
export const analyticsResponseSchema = z.union([count, ...Object.values(breakdowns)]);
export type AnalyticsResponse = { [G in AnalyticsGroupBy]: z.output<(typeof analyticsResponseSchemas)[G]> };

/**
 * Groupings whose rows the `dub` SDK 0.73.5 has no model for: its response union rejects them (SDKValidationError
 * with the body in `rawValue`), from Dub's own API just the same. Plain HTTP clients read them as documented.
 */
export const GROUP_BY_WITHOUT_SDK_MODEL = [
  "top_domains",
  "top_link_tags",
  "utm_sources",
  "utm_mediums",
  "utm_campaigns",
  "utm_terms",
  "utm_contents",
] as const satisfies readonly AnalyticsGroupBy[];
