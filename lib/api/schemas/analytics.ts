import { z } from "zod";
import {
  ANALYTICS_INTERVALS,
  isTimeZone,
  MAX_RANGE_YEARS,
  parseAnalyticsDate,
} from "@/lib/analytics/time-range";
import { acceptableText, textProblem } from "@/lib/safe-text";

export const ANALYTICS_GROUP_BY = [
  "count",
  "timeseries",
  "countries",
  "devices",
  "browsers",
  "os",
  "referers",
  "top_links",
] as const;
export type AnalyticsGroupBy = (typeof ANALYTICS_GROUP_BY)[number];

/** Dub filters this API does not keep data for: refused (422) rather than silently ignored. */
const UNSUPPORTED_FILTERS = [
  "city",
  "region",
  "continent",
  "trigger",
  "refererUrl",
  "customerId",
  "groupId",
  "partnerTagId",
  "query",
  "saleType",
  "root",
  "qr",
] as const;

const unsupportedFilters = Object.fromEntries(
  UNSUPPORTED_FILTERS.map((name) => [
    name,
    z.undefined({ error: "This filter is not supported by this API" }).optional(),
  ]),
) as Record<(typeof UNSUPPORTED_FILTERS)[number], z.ZodOptional<z.ZodUndefined>>;

/** A Dub filter value: one value, several (comma-separated or repeated), `-value` to exclude. */
const filterSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((raw, ctx) => {
    const values = [raw]
      .flat()
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter(Boolean);
    if (values.length > 100 || values.some((value) => value.length > 1000 || textProblem(value) !== null)) {
      ctx.addIssue({ code: "custom", message: "Use at most 100 values of at most 1000 characters" });
      return z.NEVER;
    }
    const exclude = values.filter((value) => value.startsWith("-")).map((value) => value.slice(1));
    return { include: values.filter((value) => !value.startsWith("-")), exclude };
  })
  .optional();

const singleValue = z
  .string()
  .max(1000)
  .refine(...acceptableText)
  .optional();
const dateParameter = z.string().max(64).optional();

const analyticsQueryObject = z.object({
  event: z
    .enum(["clicks"], { error: "Only 'clicks' analytics are available" })
    .default("clicks")
    .describe("The event to count; only `clicks`."),
  groupBy: z.enum(ANALYTICS_GROUP_BY).default("count").describe("How to group the clicks."),
  interval: z.enum(ANALYTICS_INTERVALS).optional().describe("The period to cover; `24h` by default."),
  start: dateParameter.describe("ISO 8601 start; takes precedence over `interval`."),
  end: dateParameter.describe("ISO 8601 end (exclusive); now by default. A bare date includes that day."),
  timezone: z
    .string()
    .default("UTC")
    .refine(isTimeZone, "Must be an IANA time zone such as America/New_York")
    .describe("IANA time zone for timeseries buckets and mtd/qtd/ytd; UTC by default."),
  linkId: filterSchema.describe("Link id(s) (another project's id counts nothing)."),
  externalId: singleValue.describe("The link's externalId, with or without the `ext_` prefix."),
  domain: filterSchema.describe("Short-link domain(s)."),
  key: singleValue.describe("Short-link key (with `domain` for one link)."),
  tagId: filterSchema.describe("Tag id(s)."),
  tagIds: filterSchema.describe("Deprecated: use `tagId`."),
  tenantId: filterSchema,
  folderId: filterSchema,
  partnerId: filterSchema,
  programId: filterSchema,
  url: filterSchema.describe("Destination URL(s)."),
  utm_source: filterSchema,
  utm_medium: filterSchema,
  utm_campaign: filterSchema,
  utm_term: filterSchema,
  utm_content: filterSchema,
  country: filterSchema.describe("Two-letter country code(s); `Unknown` for none."),
  device: filterSchema.describe("Device(s): Desktop, Mobile, Tablet, TV; `Unknown` for none."),
  browser: filterSchema.describe("Browser name(s); `Unknown` for none."),
  os: filterSchema.describe("OS name(s); `Unknown` for none."),
  referer: filterSchema.describe("Referring hostname(s); `(direct)` for none."),
  ...unsupportedFilters,
});

/** GET /api/analytics: the query the Dub SDK sends. `start`/`end` come out as instants in `timezone`. */
export const analyticsQuerySchema = analyticsQueryObject.transform((query, ctx) => {
  const start =
    query.start === undefined ? undefined : parseAnalyticsDate(query.start, query.timezone, "start");
  const end = query.end === undefined ? undefined : parseAnalyticsDate(query.end, query.timezone, "end");
  for (const [name, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (value === null) {
      ctx.addIssue({ code: "custom", path: [name], message: "Must be an ISO 8601 date such as 2024-01-31" });
    }
  }
  if (start === null || end === null) return z.NEVER;
  const until = end ?? new Date();
  if (start && start > until) {
    ctx.addIssue({ code: "custom", path: ["start"], message: "Must not be after 'end' (now by default)" });
    return z.NEVER;
  }
  if (start && until.getTime() - start.getTime() > MAX_RANGE_YEARS * 366 * 86_400_000) {
    ctx.addIssue({ code: "custom", path: ["start"], message: `Cover at most ${MAX_RANGE_YEARS} years` });
    return z.NEVER;
  }
  const { tagIds, externalId, ...rest } = query;
  return {
    ...rest,
    start,
    end,
    tagId: query.tagId ?? tagIds,
    externalId: externalId?.replace(/^ext_/, ""),
  };
});
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

const clicks = z.number().int().describe("The number of clicks.");

export const analyticsCountSchema = z.object({ clicks });
export const analyticsTimeseriesSchema = z.object({
  start: z.iso.datetime().describe("The bucket's first instant (UTC)."),
  clicks,
});
export const analyticsCountrySchema = z.object({
  country: z.string().describe("ISO 3166-1 alpha-2 code, or `Unknown`."),
  clicks,
});
export const analyticsDeviceSchema = z.object({ device: z.string(), clicks });
export const analyticsBrowserSchema = z.object({ browser: z.string(), clicks });
export const analyticsOsSchema = z.object({ os: z.string(), clicks });
export const analyticsRefererSchema = z.object({
  referer: z.string().describe("Referring hostname, or `(direct)`."),
  clicks,
});
export const analyticsTopLinkSchema = z.object({
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
  clicks,
});

/** The response body of each `groupBy` (arrays sorted by clicks, at most 100 rows). */
export const analyticsResponseSchemas = {
  count: analyticsCountSchema,
  timeseries: z.array(analyticsTimeseriesSchema),
  countries: z.array(analyticsCountrySchema),
  devices: z.array(analyticsDeviceSchema),
  browsers: z.array(analyticsBrowserSchema),
  os: z.array(analyticsOsSchema),
  referers: z.array(analyticsRefererSchema),
  top_links: z.array(analyticsTopLinkSchema),
} as const satisfies Record<AnalyticsGroupBy, z.ZodType>;

export const analyticsResponseSchema = z.union([
  analyticsResponseSchemas.count,
  analyticsResponseSchemas.timeseries,
  analyticsResponseSchemas.countries,
  analyticsResponseSchemas.devices,
  analyticsResponseSchemas.browsers,
  analyticsResponseSchemas.os,
  analyticsResponseSchemas.referers,
  analyticsResponseSchemas.top_links,
]);
export type AnalyticsResponse = { [G in AnalyticsGroupBy]: z.output<(typeof analyticsResponseSchemas)[G]> };

const trackText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(...acceptableText);

/** POST /api/track/click: what `@dub/analytics` sends when it tracks a click in the browser. */
export const trackClickSchema = z.object({
  domain: trackText(260)
    .transform((domain) => domain.toLowerCase())
    .describe("The short link's domain."),
  key: trackText(1000).describe("The short link's key."),
  url: z.string().nullish().describe("The page the visitor landed on (accepted, not stored)."),
  referrer: z.string().nullish().describe("The visitor's referring page; its hostname is recorded."),
});

export const trackClickResponseSchema = z.object({
  clickId: z.string().describe("The recorded click's id."),
});
