import "server-only";
import { and, count, desc, eq, gte, isNotNull, min, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { clicks, links, linkTags, tags } from "@/db/schema";
import { CLICK_VALUES, type ClickScope, whereClicks } from "./click-filters";

export type { ClickFilters, ClickScope, ValueFilter } from "./click-filters";

const TOP = 100;

/** A link's URL without its query string and fragment. */
const baseUrl = sql<string>`split_part(split_part(${links.url}, '?', 1), '#', 1)`;
/** A link attribute counted only where the link has it: a link without utm_source has no UTM source. */
const linkValue = <F extends string>(field: F, column: AnyPgColumn) => ({
  fields: { [field]: sql<string>`${column}` } as Record<F, SQL<string>>,
  known: and(isNotNull(column), ne(column, "")),
});

/**
 * Each breakdown: the fields of its rows (`{ country, region }`…) and which clicks it counts (`known`; by default
 * all, a missing value answering with its label). Continents count only clicks with one: Dub's are seven codes.
 */
export const BREAKDOWNS = {
  continents: { fields: { continent: sql<string>`${clicks.continent}` }, known: isNotNull(clicks.continent) },
  countries: { fields: { country: CLICK_VALUES.country } },
  regions: { fields: { country: CLICK_VALUES.country, region: CLICK_VALUES.region } },
  cities: { fields: { country: CLICK_VALUES.country, region: CLICK_VALUES.region, city: CLICK_VALUES.city } },
  devices: { fields: { device: CLICK_VALUES.device } },
  browsers: { fields: { browser: CLICK_VALUES.browser } },
  os: { fields: { os: CLICK_VALUES.os } },
  triggers: { fields: { trigger: CLICK_VALUES.trigger } },
  referers: { fields: { referer: CLICK_VALUES.referer } },
  referer_urls: { fields: { refererUrl: CLICK_VALUES.refererUrl } },
  top_urls: { fields: { url: sql<string>`${links.url}` } },
  top_base_urls: { fields: { url: baseUrl } },
  top_domains: { fields: { domain: sql<string>`${links.domain}` } },
  utm_sources: linkValue("utm_source", links.utmSource),
  utm_mediums: linkValue("utm_medium", links.utmMedium),
  utm_campaigns: linkValue("utm_campaign", links.utmCampaign),
  utm_terms: linkValue("utm_term", links.utmTerm),
  utm_contents: linkValue("utm_content", links.utmContent),
} as const satisfies Record<string, { fields: Record<string, SQL<string>>; known?: SQL }>;
export type Breakdown = keyof typeof BREAKDOWNS;
export type BreakdownRow<B extends Breakdown> = { [F in keyof (typeof BREAKDOWNS)[B]["fields"]]: string } & {
  clicks: number;
};

export async function countClicks(scope: ClickScope): Promise<number> {
  const [row] = await db.select({ clicks: count() }).from(clicks).where(whereClicks(scope));
  return row?.clicks ?? 0;
}

/**
 * Clicks per bucket: `starts` are the buckets' first instants, ascending; a bucket runs to the next start (the
 * last one to the range's end). Sent as one array of instants, so PostgreSQL never needs a time-zone name.
 * Answers one count per bucket, in order.
 */
export async function clicksPerBucket(scope: ClickScope, starts: Date[]): Promise<number[]> {
  const thresholds = `{${starts.map((start) => start.toISOString()).join(",")}}`;
  const rows = await db
    .select({
      bucket: sql<number>`width_bucket(${clicks.timestamp}, ${thresholds}::timestamptz[])`.mapWith(Number),
      clicks: count(),
    })
    .from(clicks)
    .where(and(whereClicks(scope), gte(clicks.timestamp, starts[0] ?? scope.range.end)))
    .groupBy(sql`1`);
  const perBucket = new Map(rows.map((row) => [row.bucket, row.clicks]));
  return starts.map((_, index) => perBucket.get(index + 1) ?? 0);
}

/** When the first click in the scope happened, or null when there is none. */
export async function firstClickAt(scope: ClickScope): Promise<Date | null> {
  const [row] = await db
    .select({ first: min(clicks.timestamp) })
    .from(clicks)
    .where(whereClicks(scope));
  return row?.first ? new Date(row.first) : null;
}

/** The top 100 values of one breakdown, by clicks; ties in byte order (PostgreSQL and PGlite agree). */
export async function clickBreakdown<B extends Breakdown>(scope: ClickScope, breakdown: B) {
  const definition: { fields: Record<string, SQL<string>>; known?: SQL } = BREAKDOWNS[breakdown];
  const values = Object.values(definition.fields);
  const rows = await db
    .select({ ...definition.fields, clicks: count() })
    .from(clicks)
    .innerJoin(links, eq(links.id, clicks.linkId))
    .where(and(whereClicks(scope), definition.known))
    .groupBy(...values)
    .orderBy(desc(count()), ...values.map((value) => sql`${value} collate "C"`))
    .limit(TOP);
  return rows as BreakdownRow<B>[];
}

/** The 100 most clicked tags of the project in the scope (a click on a link with two tags counts for both). */
export async function topLinkTags(scope: ClickScope) {
  return db
    .select({ id: tags.id, name: tags.name, color: tags.color, clicks: count() })
    .from(clicks)
    .innerJoin(linkTags, eq(linkTags.linkId, clicks.linkId))
    .innerJoin(tags, and(eq(tags.id, linkTags.tagId), eq(tags.projectId, scope.projectId)))
    .where(whereClicks(scope))
    .groupBy(tags.id)
    .orderBy(desc(count()), tags.id)
    .limit(TOP);
}

/** The 100 most clicked links of the project in the scope, with their click counts. */
export async function topLinks(scope: ClickScope) {
  const top = db
    .select({ linkId: clicks.linkId, clicks: count().as("click_count") })
    .from(clicks)
    .where(whereClicks(scope))
    .groupBy(clicks.linkId)
    .orderBy(desc(count()), clicks.linkId)
    .limit(TOP)
    .as("top");
  return db
    .select({
      id: links.id,
      domain: links.domain,
      key: links.key,
      url: links.url,
      title: links.title,
      comments: links.comments,
      folderId: links.folderId,
      partnerId: links.partnerId,
      createdAt: links.createdAt,
      clicks: top.clicks,
    })
    .from(top)
    .innerJoin(links, and(eq(links.id, top.linkId), eq(links.projectId, scope.projectId)))
    .orderBy(desc(top.clicks), links.id);
}
