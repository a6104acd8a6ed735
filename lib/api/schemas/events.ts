import { z } from "zod";
import { CLICK_TRIGGERS } from "@/lib/analytics/click-triggers";
import { clickQueryShape, strictQuery, withTimeRange } from "./click-query";
import { linkResponseSchema } from "./link-response";

const sortOrder = z.enum(["asc", "desc"]);

/** GET /api/events: Dub's `events.list` query, clicks only; the filters are analytics' own. */
export const eventsQuerySchema = strictQuery({
  event: z
    .enum(["clicks"], {
      error:
        "Only 'clicks' events are listed: leads and sales need conversion data, which this API does not record",
    })
    .default("clicks")
    .describe("The events to list; only `clicks`."),
  ...clickQueryShape,
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe("1-based page."),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe("Events per page (at most 1000)."),
  sortOrder: sortOrder.optional().describe("`desc` (newest first) by default."),
  sortBy: z.enum(["timestamp"]).default("timestamp").describe("Only `timestamp`."),
  order: sortOrder.optional().describe("Deprecated: use `sortOrder`."),
}).transform((query, ctx) => {
  const timed = withTimeRange(query, ctx);
  return { ...timed, sortOrder: query.sortOrder ?? query.order ?? "desc" };
});
export type EventsQuery = z.output<typeof eventsQuerySchema>;

const location = {
  continent: z.string().describe("Continent code, or `Unknown`."),
  country: z.string().describe("ISO 3166-1 alpha-2 code, or `Unknown`."),
  city: z.string().describe("City name, or `Unknown`."),
  device: z.string(),
  browser: z.string(),
  os: z.string(),
};
const ip = z
  .literal("")
  .describe("Always empty: visitors' addresses are not recorded (the SDK requires the field).");

/** A click in Dub's ClickEvent shape. */
export const clickEventSchema = z.object({
  event: z.literal("click"),
  timestamp: z.iso.datetime(),
  click: z.object({
    id: z.string(),
    timestamp: z.iso.datetime(),
    url: z.string().describe("The link's destination URL."),
    ...location,
    region: z.string().describe("ISO 3166-2 code such as `US-CA`, or `Unknown`."),
    ua: z.null().describe("Not recorded: only the device, browser and OS read from it."),
    trigger: z.enum(CLICK_TRIGGERS),
    referer: z.string().describe("Referring hostname without `www.`, or `(direct)`."),
    refererUrl: z.string().describe("Referring URL without its query string, or `(direct)`."),
    qr: z.boolean(),
    ip,
  }),
  link: linkResponseSchema,
  click_id: z.string(),
  link_id: z.string(),
  domain: z.string(),
  key: z.string(),
  url: z.string(),
  ...location,
  qr: z.union([z.literal(0), z.literal(1)]),
  ip,
});
export type ClickEvent = z.output<typeof clickEventSchema>;

export const eventsResponseSchema = z.array(clickEventSchema);
