// The request bodies and queries of /api/links/bulk: create, update and delete up to 100 links at once.
import { z } from "zod";
import type { LinkIdRef } from "@/db/queries/link-inputs";
import { eitherSpelling } from "@/lib/api/schemas/either-spelling";
import { bulkUpdateDataSchema, createLinkSchema, stringList, text } from "@/lib/api/schemas/link";
import { strictObject } from "@/lib/api/schemas/strict";

export const MAX_BULK_LINKS = 100;

const EXTERNAL_PREFIX = "ext_";

/** The links a bulk write names, in the order sent: link ids, `ext_<externalId>` among them as in Dub. */
const toRefs = (linkIds: string[], externalIds: string[] = []): LinkIdRef[] => [
  ...linkIds.map((value) =>
    value.startsWith(EXTERNAL_PREFIX) ? { externalId: value.slice(EXTERNAL_PREFIX.length) } : { id: value },
  ),
  ...externalIds.map((externalId) => ({ externalId })),
];

/** POST /api/links/bulk: at most 100 links. */
export const bulkCreateLinksSchema = z
  .array(createLinkSchema)
  .max(MAX_BULK_LINKS, `Send at most ${MAX_BULK_LINKS} links per request`);

const idList = (what: string) =>
  z
    .array(text().trim().min(1, "Must not be empty").max(300, "Use at most 300 characters"))
    .max(MAX_BULK_LINKS, `Send at most ${MAX_BULK_LINKS} ${what} per request`)
    .transform((values) => [...new Set(values)])
    .optional();

/** PATCH /api/links/bulk: the same `data` for up to 100 links, named by `linkIds` or by `externalIds`. */
export const bulkUpdateLinksSchema = eitherSpelling({
  linkIds: idList("link ids").describe("The IDs of the links to update (`ext_<externalId>` accepted)."),
  externalIds: idList("externalIds").describe("The externalIds of the links to update."),
  data: bulkUpdateDataSchema.describe("The fields to set on every one of the links."),
}).transform(({ linkIds = [], externalIds = [], data }, ctx) => {
  if (linkIds.length > 0 && externalIds.length > 0) {
    ctx.addIssue({ code: "custom", message: "Send either 'linkIds' or 'externalIds', not both" });
    return z.NEVER;
  }
  if (linkIds.length === 0 && externalIds.length === 0) {
    ctx.addIssue({ code: "custom", message: "Send 'linkIds' or 'externalIds' naming at least one link" });
    return z.NEVER;
  }
  return { refs: toRefs(linkIds, externalIds), data };
});

/** DELETE /api/links/bulk?linkIds=a,b (the Dub SDK's query): up to 100 ids, `ext_<externalId>` accepted. */
export const bulkDeleteLinksQuerySchema = strictObject(
  {
    linkIds: stringList(MAX_BULK_LINKS)
      .optional()
      .refine((ids) => ids !== undefined && ids.length > 0, "Send at least one link id")
      .transform((ids) => toRefs(ids ?? []))
      .describe(
        "Comma-separated IDs of the links to delete (`ext_<externalId>` accepted); unknown IDs are skipped.",
      ),
  },
  "query parameter",
);
