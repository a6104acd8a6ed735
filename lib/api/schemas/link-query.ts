// The query strings of the link routes (list, count, info) and the `{linkId}` path parameter.
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { stringList, text } from "@/lib/api/schemas/link";
import { strictObject } from "@/lib/api/schemas/strict";
import { LINK_SORT_FIELDS, SORT_ORDERS } from "@/lib/link-sort";

const queryText = (max: number) => text().max(max, `Use at most ${max} characters`);

/** A query string that refuses any parameter it does not name (a 422 naming it), rather than ignoring it. */
const strictQuery = <Shape extends z.ZodRawShape>(shape: Shape) => strictObject(shape, "query parameter");

/** The filters GET /api/links and GET /api/links/count share (the query the Dub SDK sends). */
const linkFilters = {
  domain: queryText(253).toLowerCase().optional().describe("Only links on this domain."),
  tagId: queryText(255).optional().describe("Deprecated: use tagIds."),
  tagIds: stringList(100)
    .optional()
    .describe("Only links with one of these tags (comma-separated, repeated, or as `tagIds[]`)."),
  tagNames: stringList(100).optional().describe("Only links with one of these tag names (case-insensitive)."),
  folderId: queryText(255).optional(),
  search: queryText(500).optional().describe("Only links whose URL, key or title contains this text."),
  userId: queryText(255).optional().describe("Only links created by this user."),
  tenantId: queryText(255).optional(),
  showArchived: z.stringbool().default(false).describe("Include archived links."),
  withTags: z.stringbool().default(false).describe("Only links that have at least one tag."),
};

const sortField = z.enum(LINK_SORT_FIELDS);

/**
 * GET /api/links: sorted by `sortBy` (default createdAt) in `sortOrder` (default desc), ties by id in the same
 * order; `page`/`pageSize`, or the cursors `startingAfter`/`endingBefore` (link ids) in that order.
 */
export const listLinksQuerySchema = strictQuery({
  ...linkFilters,
  ...paginationSchema.shape,
  sortBy: sortField
    .optional()
    .describe(
      "The field to sort by (default createdAt); never-clicked links come first in asc, last in desc.",
    ),
  sort: sortField.optional().describe("Deprecated: use sortBy."),
  sortOrder: z.enum(SORT_ORDERS).default("desc").describe("The sort order (default desc)."),
  startingAfter: queryText(255).optional().describe("Only links after this link id in the list."),
  endingBefore: queryText(255).optional().describe("Only links before this link id in the list."),
}).transform(({ sort, sortBy, ...query }) => ({ ...query, sortBy: sortBy ?? sort ?? "createdAt" }));

/** GET /api/links/count: always one number; Dub's grouped counts (`groupBy`) are refused. */
export const countLinksQuerySchema = strictQuery({
  ...linkFilters,
  groupBy: z
    .undefined({ error: "Grouped counts are not supported; count once per domain, tag, user or folder" })
    .optional(),
});

/** GET /api/links/info: by linkId, by externalId (`ext_` prefix optional), or by domain + key. */
export const linkInfoQuerySchema = strictQuery({
  linkId: queryText(255).optional(),
  externalId: queryText(255).optional(),
  domain: queryText(253).toLowerCase().optional(),
  key: queryText(190).optional(),
}).refine(
  (query) => query.linkId !== undefined || query.externalId !== undefined || query.key !== undefined,
  "Provide 'linkId', 'externalId', or 'domain' and 'key'",
);
export type LinkInfoQuery = z.output<typeof linkInfoQuerySchema>;

const EXTERNAL_PREFIX = "ext_";

/** `{linkId}` of /api/links/{linkId}: a link id, or `ext_` + the link's externalId. */
export const linkIdParamSchema = text()
  .max(300)
  .transform((value): { id: string } | { externalId: string } =>
    value.startsWith(EXTERNAL_PREFIX) ? { externalId: value.slice(EXTERNAL_PREFIX.length) } : { id: value },
  );

/** The info endpoint's `externalId`, sent with Dub's `ext_` prefix or without it. */
export const stripExternalPrefix = (value: string) =>
  value.startsWith(EXTERNAL_PREFIX) ? value.slice(EXTERNAL_PREFIX.length) : value;
