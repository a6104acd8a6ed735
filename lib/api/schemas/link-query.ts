// The query strings of the link routes (list, count, info) and the `{linkId}` path parameter.
import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { stringList, text } from "@/lib/api/schemas/link";

const queryText = (max: number) => text().max(max, `Use at most ${max} characters`);

/** The filters GET /api/links and GET /api/links/count share (the query the Dub SDK sends). */
const linkFiltersSchema = z.object({
  domain: queryText(253).toLowerCase().optional().describe("Only links on this domain."),
  tagId: queryText(255).optional().describe("Deprecated: use tagIds."),
  tagIds: stringList(100)
    .optional()
    .describe("Only links with one of these tags (comma-separated or repeated)."),
  tagNames: stringList(100).optional().describe("Only links with one of these tag names (case-insensitive)."),
  folderId: queryText(255).optional(),
  search: queryText(500).optional().describe("Only links whose URL, key or title contains this text."),
  userId: queryText(255).optional().describe("Only links created by this user."),
  tenantId: queryText(255).optional(),
  showArchived: z.stringbool().default(false).describe("Include archived links."),
  withTags: z.stringbool().default(false).describe("Only links that have at least one tag."),
});

/** GET /api/links: newest first; `page`/`pageSize`, or the cursors `startingAfter`/`endingBefore` (link ids). */
export const listLinksQuerySchema = linkFiltersSchema.extend({
  ...paginationSchema.shape,
  startingAfter: queryText(255).optional().describe("Only links after this link id in the list."),
  endingBefore: queryText(255).optional().describe("Only links before this link id in the list."),
});

/** GET /api/links/count. `groupBy` is accepted and ignored: the answer is always a number. */
export const countLinksQuerySchema = linkFiltersSchema.extend({ groupBy: z.unknown().optional() });

/** GET /api/links/info: by linkId, by externalId (`ext_` prefix optional), or by domain + key. */
export const linkInfoQuerySchema = z
  .object({
    linkId: queryText(255).optional(),
    externalId: queryText(255).optional(),
    domain: queryText(253).toLowerCase().optional(),
    key: queryText(190).optional(),
  })
  .refine(
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
