import { z } from "zod";
import { paginationSchema } from "@/lib/api/request";
import { strictObject } from "@/lib/api/schemas/strict";
import { acceptableText, singleLineText } from "@/lib/safe-text";
import { TAG_COLORS } from "@/lib/tag-colors";

export const tagColorSchema = z.enum(TAG_COLORS).describe("The colour of the tag.");

const tagNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a tag name")
  .max(50, "Use at most 50 characters")
  .refine(...singleLineText);

/** The body the Dub SDK sends to create or update a tag; `tag` is its deprecated name for `name`. */
const tagBodySchema = strictObject(
  {
    name: tagNameSchema.optional().describe("The name of the tag."),
    tag: tagNameSchema.optional().describe("Deprecated: use `name`."),
    color: tagColorSchema.optional(),
  },
  "field",
);

/** POST /api/tags. Request schemas transform, so document them with `z.toJSONSchema(…, { io: "input" })`. */
export const createTagSchema = tagBodySchema.transform(({ name, tag, color }, ctx) => {
  const resolved = name ?? tag;
  if (resolved === undefined) {
    ctx.addIssue({ code: "custom", path: ["name"], message: "Enter a tag name" });
    return z.NEVER;
  }
  return { name: resolved, color };
});
export type CreateTagInput = z.output<typeof createTagSchema>;

/** PATCH and PUT /api/tags/{id}: every field optional. */
export const updateTagSchema = tagBodySchema.transform(({ name, tag, color }) => ({
  name: name ?? tag,
  color,
}));
export type UpdateTagInput = z.output<typeof updateTagSchema>;

/** GET /api/tags: the query the Dub SDK sends (`ids` repeated or comma-separated). */
export const listTagsQuerySchema = strictObject(
  {
    ...paginationSchema.shape,
    search: z
      .string()
      .max(190)
      .refine(...acceptableText)
      .optional()
      .describe("Only tags whose name contains this text (case-insensitive)."),
    ids: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((ids) =>
        ids === undefined
          ? undefined
          : [ids]
              .flat()
              .flatMap((value) => value.split(","))
              .map((id) => id.trim())
              .filter(Boolean),
      )
      .describe("Only these tag ids."),
    sortBy: z.enum(["name", "createdAt"]).default("name"),
    sortOrder: z.enum(["asc", "desc"]).default("asc"),
  },
  "query parameter",
);
export type ListTagsQuery = z.output<typeof listTagsQuerySchema>;

/** Tag ids are `tag_` + base62; anything else cannot name a tag (and never reaches the database). */
export const tagIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The Tag object of every tag response (SPEC §7); the Dub SDK reads `id, name, color`. */
export const tagResponseSchema = z.object({
  id: z.string().describe("The unique ID of the tag."),
  name: z.string().describe("The name of the tag."),
  color: tagColorSchema,
  createdAt: z.iso.datetime().describe("When the tag was created."),
  updatedAt: z.iso.datetime().describe("When the tag was last updated."),
});
export type TagResponse = z.output<typeof tagResponseSchema>;

/** DELETE /api/tags/{id}. */
export const deleteTagResponseSchema = z.object({ id: z.string().describe("The ID of the deleted tag.") });
