import "server-only";
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  lt,
  min,
  notInArray,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { clicks, links, linkTags } from "@/db/schema";

const TOP = 100;

/** Click columns a breakdown groups by, and the label a click without that value gets. */
export const BREAKDOWNS = {
  countries: { field: "country", column: clicks.country, label: "Unknown" },
  devices: { field: "device", column: clicks.device, label: "Unknown" },
  browsers: { field: "browser", column: clicks.browser, label: "Unknown" },
  os: { field: "os", column: clicks.os, label: "Unknown" },
  referers: { field: "referer", column: clicks.referer, label: "(direct)" },
} as const;
export type Breakdown = keyof typeof BREAKDOWNS;

const LINK_FILTERS = {
  domain: links.domain,
  tenantId: links.tenantId,
  folderId: links.folderId,
  partnerId: links.partnerId,
  programId: links.programId,
  url: links.url,
  utm_source: links.utmSource,
  utm_medium: links.utmMedium,
  utm_campaign: links.utmCampaign,
  utm_term: links.utmTerm,
  utm_content: links.utmContent,
} as const satisfies Record<string, AnyPgColumn>;

/** The values a filter keeps (`include`) and drops (`exclude`). */
export type ValueFilter = { include: string[]; exclude: string[] };
type FilterName = keyof typeof LINK_FILTERS | "linkId" | "tagId" | (typeof BREAKDOWNS)[Breakdown]["field"];
/** The filters of an analytics query: value lists per attribute, and one link by key or externalId. */
export type ClickFilters = { [F in FilterName]?: ValueFilter } & { key?: string; externalId?: string };

/** What the stored clicks are narrowed to: the key's project, a time range and the query's filters. */
export type ClickScope = {
  projectId: string;
  range: { start: Date | null; end: Date };
  filters: ClickFilters;
};

function matches(expression: SQLWrapper, filter: ValueFilter | undefined): SQL[] {
  if (!filter) return [];
  return [
    ...(filter.include.length ? [inArray(expression, filter.include)] : []),
    ...(filter.exclude.length ? [notInArray(expression, filter.exclude)] : []),
  ];
}

/** The column, or `label` where it is null. Labels are this file's constants, written into the SQL as literals. */
const labelled = (column: AnyPgColumn, label: string) =>
  sql<string>`coalesce(${column}, ${sql.raw(`'${label.replaceAll("'", "''")}'`)})`;

function whereClicks({ projectId, range, filters }: ClickScope): SQL | undefined {
  const linkConditions = [
    ...Object.entries(LINK_FILTERS).flatMap(([name, column]) =>
      matches(labelled(column, ""), filters[name as keyof typeof LINK_FILTERS]),
    ),
    ...(filters.key === undefined ? [] : [eq(links.key, filters.key)]),
    ...(filters.externalId === undefined ? [] : [eq(links.externalId, filters.externalId)]),
  ];
  const tagged = (tagIds: string[]) =>
    db.select({ id: linkTags.linkId }).from(linkTags).where(inArray(linkTags.tagId, tagIds));
  return and(
    eq(clicks.projectId, projectId),
    range.start ? gte(clicks.timestamp, range.start) : undefined,
    lt(clicks.timestamp, range.end),
    ...matches(clicks.linkId, filters.linkId),
    // Each breakdown's field is also its filter, matching the labels it answers with ("Unknown", "(direct)").
    ...Object.values(BREAKDOWNS).flatMap(({ field, column, label }) =>
      matches(labelled(column, label), filters[field]),
    ),
    linkConditions.length
      ? inArray(
          clicks.linkId,
          db
            .select({ id: links.id })
            .from(links)
            .where(and(eq(links.projectId, projectId), ...linkConditions)),
        )
      : undefined,
    filters.tagId?.include.length ? inArray(clicks.linkId, tagged(filters.tagId.include)) : undefined,
    filters.tagId?.exclude.length ? notInArray(clicks.linkId, tagged(filters.tagId.exclude)) : undefined,
  );
}

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

/** The top 100 values of one click attribute, by clicks. */
export async function clickBreakdown(scope: ClickScope, breakdown: Breakdown) {
  const { column, label } = BREAKDOWNS[breakdown];
  const value = labelled(column, label);
  return db
    .select({ value, clicks: count() })
    .from(clicks)
    .where(whereClicks(scope))
    .groupBy(value)
    .orderBy(desc(count()), sql`${value} collate "C"`) // ties byte-wise: PostgreSQL and PGlite agree
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
