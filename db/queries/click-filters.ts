// Which stored clicks an analytics query or event list covers: the project, a time range and the filters.
import "server-only";
import { and, eq, gte, inArray, lt, ne, notInArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { clicks, links, linkTags } from "@/db/schema";

/** What a click without a location, device, browser or OS answers with, and matches in a filter. */
export const UNKNOWN = "Unknown";
/** What a click without a referer answers with, and matches in a filter. */
export const DIRECT = "(direct)";

/** The column, or `label` where it is null. Labels are this file's constants, written into the SQL as literals. */
export const labelled = (column: AnyPgColumn, label: string) =>
  sql<string>`coalesce(${column}, ${sql.raw(`'${label.replaceAll("'", "''")}'`)})`;

/** Click attributes a filter matches, as the API answers them (a missing value is its label). */
export const CLICK_VALUES = {
  country: labelled(clicks.country, UNKNOWN),
  region: labelled(clicks.region, UNKNOWN),
  city: labelled(clicks.city, UNKNOWN),
  continent: labelled(clicks.continent, UNKNOWN),
  device: labelled(clicks.device, UNKNOWN),
  browser: labelled(clicks.browser, UNKNOWN),
  os: labelled(clicks.os, UNKNOWN),
  referer: labelled(clicks.referer, DIRECT),
  refererUrl: labelled(clicks.refererUrl, DIRECT),
  trigger: sql<string>`${clicks.trigger}`,
} as const;

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
type FilterName = keyof typeof LINK_FILTERS | keyof typeof CLICK_VALUES | "linkId" | "tagId";
/**
 * The filters of an analytics query: value lists per attribute, one link by key or externalId, QR scans only
 * (`qr: true`) or none, and `root` (clicks on a domain's root, which this product never records: `true` keeps none).
 */
export type ClickFilters = { [F in FilterName]?: ValueFilter } & {
  key?: string;
  externalId?: string;
  qr?: boolean;
  root?: boolean;
};

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

/** The SQL condition of a scope, on `clicks` (link attributes through a subquery of the project's links). */
export function whereClicks({ projectId, range, filters }: ClickScope): SQL | undefined {
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
    ...Object.entries(CLICK_VALUES).flatMap(([name, value]) =>
      matches(value, filters[name as keyof typeof CLICK_VALUES]),
    ),
    filters.qr === undefined ? undefined : filters.qr ? eq(clicks.trigger, "qr") : ne(clicks.trigger, "qr"),
    filters.root ? sql`false` : undefined,
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
