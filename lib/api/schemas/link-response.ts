// The response bodies of the link routes, in the Dub SDK's shapes.
import { z } from "zod";
import { tagColorSchema } from "@/lib/api/schemas/tag";

const nullableString = z.string().nullable();
const timestamp = z.iso.datetime();

/** The Link object of every link response (SPEC §7), with every key the Dub SDK's LinkSchema reads. */
export const linkResponseSchema = z.object({
  id: z.string().describe("The unique ID of the link."),
  domain: z.string().describe("The domain of the short link."),
  key: z.string().describe("The short link slug."),
  url: z.string().describe("The destination URL."),
  shortLink: z.string().describe("The full short link."),
  qrCode: z.string().describe("A QR code image URL for the short link."),
  archived: z.boolean(),
  expiresAt: timestamp.nullable(),
  expiredUrl: nullableString,
  password: nullableString,
  externalId: nullableString,
  title: nullableString,
  description: nullableString,
  image: nullableString,
  video: nullableString,
  ios: nullableString,
  android: nullableString,
  geo: z.record(z.string(), z.string()).nullable(),
  proxy: z.boolean(),
  rewrite: z.boolean(),
  doIndex: z.boolean(),
  trackConversion: z.boolean(),
  publicStats: z.boolean(),
  tagId: nullableString.describe("Deprecated: the first tag's ID."),
  tags: z.array(z.object({ id: z.string(), name: z.string(), color: tagColorSchema })),
  comments: nullableString,
  utm_source: nullableString,
  utm_medium: nullableString,
  utm_campaign: nullableString,
  utm_term: nullableString,
  utm_content: nullableString,
  testVariants: z.null(),
  testStartedAt: z.null(),
  testCompletedAt: z.null(),
  userId: nullableString.describe("The user who created the link (the API key's owner)."),
  projectId: z.string(),
  workspaceId: z.string().describe("The same as projectId."),
  webhookIds: z.array(z.string()),
  tenantId: nullableString,
  programId: nullableString,
  partnerId: nullableString,
  folderId: nullableString,
  disabledAt: timestamp.nullable(),
  clicks: z.number().int(),
  leads: z.number().int(),
  conversions: z.number().int(),
  sales: z.number().int(),
  saleAmount: z.number().int(),
  lastClicked: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type LinkResponse = z.output<typeof linkResponseSchema>;

/** A bulk item that was not created, in Dub's LinkErrorSchema shape. */
export const linkErrorResponseSchema = z.object({
  link: z
    .object({ url: z.string(), domain: z.string().optional(), key: z.string().optional() })
    .describe("The link that was not created."),
  error: z.string(),
  code: z.enum(["conflict", "unprocessable_entity"]),
});

/** POST /api/links/bulk: each item is the created Link or, where it failed, the error. */
export const bulkLinksResponseSchema = z.array(z.union([linkResponseSchema, linkErrorResponseSchema]));

/** DELETE /api/links/{linkId}. */
export const deleteLinkResponseSchema = z.object({ id: z.string().describe("The ID of the deleted link.") });

/** PATCH /api/links/bulk: the updated links, in the order their ids were sent. */
export const bulkUpdateLinksResponseSchema = z.array(linkResponseSchema);

/** DELETE /api/links/bulk. */
export const bulkDeleteLinksResponseSchema = z.object({
  deletedCount: z.number().int().min(0).describe("How many links were deleted (unknown IDs are skipped)."),
});
