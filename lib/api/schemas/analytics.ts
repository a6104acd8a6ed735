import { z } from "zod";
import { acceptableText } from "@/lib/safe-text";
import { clickQueryShape, strictQuery, withTimeRange } from "./click-query";

/** The `groupBy` values answered from clicks (`trigger` is Dub's older name for `triggers`). */
export const ANALYTICS_GROUP_BY = [
  "count",
  "timeseries",
  "continents",
  "regions",
  "countries",
  "cities",
  "devices",
  "browsers",
  "os",
  "triggers",
  "referers",
  "referer_urls",
  "top_links",
  "top_urls",
  "top_base_urls",
  "top_domains",
  "top_link_tags",
  "utm_sources",
  "utm_mediums",
  "utm_campaigns",
  "utm_terms",
  "utm_contents",
] as const;
export type AnalyticsGroupBy = (typeof ANALYTICS_GROUP_BY)[number];

/** Dub groupings over data this API does not record: a 422 that says so. */
const UNRECORDED_GROUP_BY = {
  top_folders: "folder",
  top_partners: "partner",
  top_groups: "partner group",
  top_partner_tags: "partner tag",
} as const;

const groupBySchema = z
  .enum([
    ...ANALYTICS_GROUP_BY,
    "trigger",
    ...(Object.keys(UNRECORDED_GROUP_BY) as (keyof typeof UNRECORDED_GROUP_BY)[]),
  ])
  .default("count")
  .transform((groupBy, ctx): AnalyticsGroupBy => {
    if (groupBy === "trigger") return "triggers";
    if (groupBy in UNRECORDED_GROUP_BY) {
      const data = UNRECORDED_GROUP_BY[groupBy as keyof typeof UNRECORDED_GROUP_BY];
      ctx.addIssue({
        code: "custom",
        message: `'${groupBy}' needs ${data} data, which this API does not record`,
      });
      return z.NEVER;
    }
    return groupBy as AnalyticsGroupBy;
  })
  .describe("How to group the clicks.");

/** GET /api/analytics: the query the Dub SDK sends. `start`/`end` come out as instants in `timezone`. */
export const analyticsQuerySchema = strictQuery({
  event: z
    .enum(["clicks"], {
      error:
        "Only 'clicks' analytics are available: leads and sales need conversion data, which this API does not record",
    })
    .default("clicks")
    .describe("The event to count; only `clicks`."),
  groupBy: groupBySchema,
  ...clickQueryShape,
}).transform(withTimeRange);
export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;

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
