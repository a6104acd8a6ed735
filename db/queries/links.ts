// Reading a project's links: one by reference, lists and counts by filter, each with its tags.
import "server-only";
import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  getTableColumns,
  ilike,
  inArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { db, type Executor } from "@/db";
import { domains, type Link, lastClickedOrNever, links, linkTags, tags } from "@/db/schema";
import type { LinkSortField, SortOrder } from "@/lib/link-sort";
import type { TagColor } from "@/lib/tag-colors";

export type LinkTag = { id: string; name: string; color: TagColor };
export type LinkWithTags = Link & { tags: LinkTag[] };
export type LinkRef = { id: string } | { externalId: string } | { domain: string; key: string };

/** What a list or count of links is narrowed to. */
export type LinkFilters = {
  domain?: string;
  tagId?: string;
  tagIds?: string[];
  tagNames?: string[];
  folderId?: string;
  search?: string;
  userId?: string;
  tenantId?: string;
  showArchived: boolean;
  withTags: boolean;
};

/** One page of links in one order: `page`/`pageSize`, or the cursors `startingAfter`/`endingBefore` (link ids). */
export type LinksPageQuery = LinkFilters & {
  sortBy: LinkSortField;
  sortOrder: SortOrder;
  page: number;
  pageSize: number;
  startingAfter?: string;
  endingBefore?: string;
};

/** The links with their tags (by name), joined through link_tags in one query. */
export async function withTags(rows: Link[], executor: Executor = db): Promise<LinkWithTags[]> {
  if (rows.length === 0) return [];
  const found = await executor
    .select({ linkId: linkTags.linkId, id: tags.id, name: tags.name, color: tags.color })
    .from(linkTags)
    .innerJoin(tags, eq(tags.id, linkTags.tagId))
    .where(
      inArray(
        linkTags.linkId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(tags.name), asc(tags.id));
  return rows.map((row) => ({
    ...row,
    tags: found.filter((tag) => tag.linkId === row.id).map(({ linkId: _, ...tag }) => tag),
  }));
}

/** The condition that finds `ref` among the project's links (and only there). */
export function refCondition(projectId: string, ref: LinkRef) {
  const scope = eq(links.projectId, projectId);
  if ("id" in ref) return and(scope, eq(links.id, ref.id));
  if ("externalId" in ref) return and(scope, eq(links.externalId, ref.externalId));
  return and(scope, eq(links.domain, ref.domain), eq(links.key, ref.key));
}

/** One link of the project by id, externalId or domain + key; another project's link is null. */
export async function findLink({ projectId, ref }: { projectId: string; ref: LinkRef }) {
  const rows = await db.select().from(links).where(refCondition(projectId, ref)).limit(1);
  const [link] = await withTags(rows);
  return link ?? null;
}

/** The project's primary domain, or the app's own host when it has none. */
export async function defaultDomain({ projectId, appHost }: { projectId: string; appHost: string }) {
  const [primary] = await db
    .select({ slug: domains.slug })
    .from(domains)
    .where(and(eq(domains.projectId, projectId), eq(domains.primary, true)))
    .limit(1);
  return primary?.slug ?? appHost;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&");

function filterConditions(projectId: string, filters: LinkFilters): (SQL | undefined)[] {
  const tagIds = [...(filters.tagIds ?? []), ...(filters.tagId ? [filters.tagId] : [])];
  const names = (filters.tagNames ?? []).map((name) => name.toLowerCase());
  const tagged = (condition?: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(linkTags)
        .innerJoin(tags, eq(tags.id, linkTags.tagId))
        .where(and(eq(linkTags.linkId, links.id), condition)),
    );
  const pattern = filters.search ? `%${escapeLike(filters.search)}%` : undefined;
  return [
    eq(links.projectId, projectId),
    filters.showArchived ? undefined : eq(links.archived, false),
    filters.domain ? eq(links.domain, filters.domain) : undefined,
    pattern
      ? or(ilike(links.url, pattern), ilike(links.key, pattern), ilike(links.title, pattern))
      : undefined,
    tagIds.length > 0 ? tagged(inArray(linkTags.tagId, tagIds)) : undefined,
    names.length > 0 ? tagged(inArray(sql`lower(${tags.name})`, names)) : undefined,
    filters.withTags ? tagged() : undefined,
    filters.userId ? eq(links.userId, filters.userId) : undefined,
    filters.tenantId ? eq(links.tenantId, filters.tenantId) : undefined,
    filters.folderId ? eq(links.folderId, filters.folderId) : undefined,
  ];
}

/** What each sort order compares; each has its index `(project_id, this, id)` (db/schema/links.ts). */
const SORT_KEYS: Record<LinkSortField, SQL | AnyColumn> = {
  createdAt: links.createdAt,
  clicks: links.clicks,
  lastClicked: lastClickedOrNever(links.lastClicked),
  saleAmount: links.saleAmount,
};

/** A link's tags as a JSON array ordered by name, read in the page's own query (no second round trip). */
const tagsOfLink = () =>
  sql<LinkTag[]>`coalesce((${db
    .select({
      tags: sql`json_agg(json_build_object('id', ${tags.id}, 'name', ${tags.name}, 'color', ${tags.color}) order by ${tags.name}, ${tags.id})`,
    })
    .from(linkTags)
    .innerJoin(tags, eq(tags.id, linkTags.tagId))
    .where(eq(linkTags.linkId, links.id))}), '[]'::json)`;

/**
 * One page of the project's links with their tags, sorted by `sortBy` then id, both in `sortOrder`: exactly the
 * order of that sort's index (read backwards for desc), so PostgreSQL reads the page straight from the index
 * instead of sorting every link of the project. A cursor is a row comparison on (sort key, id) against the
 * cursor link's values, fetched once: an index condition where the scan starts, not a filter on each row.
 * `endingBefore` reads the index the other way from its cursor (the page is put back in order after). An
 * unknown cursor matches nothing. The query is built here, not run, so that tests and `npm run bench` can
 * EXPLAIN the very statement the API sends.
 */
export function linksPageQuery({ projectId, query }: { projectId: string; query: LinksPageQuery }) {
  const key = SORT_KEYS[query.sortBy];
  const ascending = (query.sortOrder === "asc") !== (query.endingBefore !== undefined);
  const direction = ascending ? asc : desc;
  const page = db
    .select({ ...getTableColumns(links), tags: tagsOfLink().as("tags") })
    .from(links)
    .where(and(...filterConditions(projectId, query), cursorCondition(projectId, query, key, ascending)))
    .orderBy(direction(key), direction(links.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .as("page");
  // The whole page as one JSON value, in the page's order: PGlite hands every column of every row to JavaScript
  // as a string of its own, which costs more than the query; one value costs one.
  return db
    .select({ page: sql<PageRow[]>`coalesce(json_agg(${sql.identifier("page")}), '[]'::json)` })
    .from(page);
}

/** A row of the page as JSON: the links table's column names, values as JSON has them, and the link's tags. */
type PageRow = Record<string, unknown> & { tags: LinkTag[] };
const LINK_COLUMNS = Object.entries(getTableColumns(links));

/** A JSON row back as the Link drizzle reads, through each column's own decoder (dates become Dates). */
function linkFromJson(row: PageRow): LinkWithTags {
  const link: Record<string, unknown> = { tags: row.tags };
  for (const [field, column] of LINK_COLUMNS) {
    const value = row[column.name];
    link[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return link as LinkWithTags;
}

export async function listLinks({ projectId, query }: { projectId: string; query: LinksPageQuery }) {
  const [result] = await linksPageQuery({ projectId, query });
  const found = (result?.page ?? []).map(linkFromJson);
  return query.endingBefore !== undefined ? found.reverse() : found;
}

/** The links after the cursor in reading order: `(key, id) > (cursor's key, cursor id)`, or `<` reading down. */
function cursorCondition(projectId: string, query: LinksPageQuery, key: SQL | AnyColumn, ascending: boolean) {
  const cursorId = query.endingBefore ?? query.startingAfter;
  if (cursorId === undefined) return undefined;
  const cursorKey = sql`(select ${key} from ${links} where ${links.projectId} = ${projectId} and ${links.id} = ${cursorId})`;
  return sql`(${key}, ${links.id}) ${sql.raw(ascending ? ">" : "<")} (${cursorKey}, ${cursorId})`;
}

export async function countLinks({ projectId, filters }: { projectId: string; filters: LinkFilters }) {
  const [row] = await db
    .select({ total: count() })
    .from(links)
    .where(and(...filterConditions(projectId, filters)));
  return row?.total ?? 0;
}
