// The request bodies of the link routes (create, update, bulk, upsert) and the text fields they are made of.
import { z } from "zod";
import { eitherSpelling } from "@/lib/api/schemas/either-spelling";
import { refused, unsupported } from "@/lib/api/schemas/strict";
import { parseHttpUrl } from "@/lib/api/schemas/url";
import { acceptableText } from "@/lib/safe-text";

/** Acceptable text (lib/safe-text.ts: no control characters, no lone surrogates); every text field of a link body or query is one. */
export const text = () => z.string().refine(...acceptableText);

/** `""` clears an optional text field, as in Dub. */
const optionalText = (max: number) =>
  text()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => value || null)
    .nullish();

/** An http(s) URL; `https://` is assumed for a bare hostname such as `example.com`, as in Dub. */
const httpUrl = text()
  .trim()
  .min(1, "Enter a URL")
  .max(32_000, "Use at most 32,000 characters")
  .transform((value, ctx) => {
    const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
    const candidate = hasScheme ? value : `https://${value}`;
    const parsed = parseHttpUrl(candidate);
    if (!parsed || (!hasScheme && !parsed.hostname.includes("."))) {
      ctx.addIssue({ code: "custom", message: "Use a valid http(s) URL" });
      return z.NEVER;
    }
    return candidate;
  });

const optionalHttpUrl = z.union([z.literal("").transform(() => null), httpUrl]).nullish();

/** An ISO 8601 date (`2030-01-01` or `2030-01-01T12:00:00Z`); `""` clears it. */
const dateSchema = text()
  .max(64)
  .transform((value, ctx) => {
    if (value === "") return null;
    const date = new Date(value);
    const year = date.getUTCFullYear();
    if (Number.isNaN(date.getTime()) || year < 1000 || year > 9999) {
      ctx.addIssue({ code: "custom", message: "Use an ISO 8601 date such as 2030-01-01T00:00:00Z" });
      return z.NEVER;
    }
    return date;
  })
  .nullish();

/** A string or an array of strings, each possibly comma-separated → a de-duplicated list. */
export const stringList = (max: number) =>
  z
    .union([text(), z.array(text())])
    .transform((value) => [
      ...new Set(
        [value]
          .flat()
          .flatMap((item) => item.split(","))
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ])
    .refine((items) => items.length <= max, `Use at most ${max} values`);

/** Keys become URL path segments, so they cannot contain `/`, `?`, `#`, `\` or whitespace. */
const keySchema = text()
  .trim()
  .max(190, "Use at most 190 characters")
  .regex(/^[^/?#\\\s]*$/, "Must not contain '/', '?', '#', '\\' or spaces")
  .transform((key) => key || undefined);

const utm = (name: string) => optionalText(500).describe(`The UTM ${name} of the destination URL.`);

/** Every field of the Dub SDK's link body (camelCase; each is also taken snake_case, see either-spelling.ts). */
const linkFields = {
  domain: text()
    .trim()
    .toLowerCase()
    .max(253)
    .transform((domain) => domain || undefined)
    .optional()
    .describe('The domain of the short link; the project\'s default domain when omitted (or "").'),
  key: keySchema.optional().describe("The short link slug; 7 random characters when omitted."),
  externalId: optionalText(255).describe("The ID of the link in your own database (unique per project)."),
  tenantId: optionalText(255).describe("The ID of the tenant that created the link."),
  programId: optionalText(255).describe("The ID of the program the link belongs to."),
  partnerId: optionalText(255).describe("The ID of the partner the link belongs to."),
  folderId: optionalText(255).describe("The ID of the folder the link belongs to."),
  trackConversion: z.boolean().optional(),
  archived: z.boolean().optional().describe("Archived links are hidden from lists unless showArchived=true."),
  tagIds: stringList(100).optional().describe("The IDs of this project's tags to assign (replaces the set)."),
  tagNames: stringList(100).optional().describe("The names of this project's tags (case-insensitive)."),
  tagId: optionalText(255).describe("Deprecated: use tagIds."),
  comments: optionalText(10_000),
  expiresAt: dateSchema.describe("When the link expires (ISO 8601)."),
  expiredUrl: optionalHttpUrl.describe("Where the link redirects once expired."),
  password: optionalText(255).describe("The password that protects the link."),
  proxy: z.boolean().optional(),
  title: optionalText(500),
  description: optionalText(2_000),
  image: optionalText(100_000),
  video: optionalText(2_048),
  rewrite: z.boolean().optional(),
  ios: optionalHttpUrl.describe("Where iOS devices are redirected."),
  android: optionalHttpUrl.describe("Where Android devices are redirected."),
  geo: z
    .record(text().max(16), httpUrl)
    .refine((geo) => Object.keys(geo).length <= 250, "Use at most 250 countries")
    .nullish()
    .describe("Country code → URL."),
  doIndex: z.boolean().optional(),
  publicStats: z.boolean().optional(),
  utmSource: utm("source"),
  utmMedium: utm("medium"),
  utmCampaign: utm("campaign"),
  utmTerm: utm("term"),
  utmContent: utm("content"),
  prefix: unsupported("Key prefixes"),
  ref: unsupported("Referral tags"),
  testVariants: unsupported("A/B tests"),
  testStartedAt: unsupported("A/B tests"),
  testCompletedAt: unsupported("A/B tests"),
  webhookIds: unsupported("Webhooks"),
  rules: unsupported("Link rules"),
};
type LinkFields = z.output<z.ZodObject<typeof linkFields>>;

/** A parsed body as the data layer takes it (LinkWrite): the columns given, plus domain, key and tags to resolve. `url` is passed apart so that the create schema's output types it as required. */
function toLinkWrite<Url extends string | undefined>(body: LinkFields & { keyLength?: number }, url: Url) {
  const columns = {
    url,
    externalId: body.externalId,
    tenantId: body.tenantId,
    programId: body.programId,
    partnerId: body.partnerId,
    folderId: body.folderId,
    trackConversion: body.trackConversion,
    archived: body.archived,
    comments: body.comments,
    expiresAt: body.expiresAt,
    expiredUrl: body.expiredUrl,
    password: body.password,
    proxy: body.proxy,
    title: body.title,
    description: body.description,
    image: body.image,
    video: body.video,
    rewrite: body.rewrite,
    ios: body.ios,
    android: body.android,
    geo: body.geo,
    doIndex: body.doIndex,
    publicStats: body.publicStats,
    utmSource: body.utmSource,
    utmMedium: body.utmMedium,
    utmCampaign: body.utmCampaign,
    utmTerm: body.utmTerm,
    utmContent: body.utmContent,
  };
  const tagsGiven = body.tagIds !== undefined || body.tagNames !== undefined || body.tagId !== undefined;
  const tagIds = [...(body.tagIds ?? []), ...(body.tagId ? [body.tagId] : [])];
  return {
    /** Only what was sent: drizzle skips `undefined`, so an update leaves those columns alone. */
    columns,
    domain: body.domain,
    key: body.key,
    keyLength: body.keyLength,
    /** `undefined` leaves a link's tags alone; a list (possibly empty) replaces them. */
    tags: tagsGiven ? { ids: [...new Set(tagIds)], names: body.tagNames ?? [] } : undefined,
  };
}

/**
 * POST /api/links (and each item of /bulk, and /upsert): `url` is required.
 * Request schemas transform, so document them with `z.toJSONSchema(…, { io: "input" })`.
 */
export const createLinkSchema = eitherSpelling({
  url: httpUrl.describe("The destination URL of the short link."),
  keyLength: z.number().int().min(3).max(190).optional().describe("The length of a random key (default 7)."),
  ...linkFields,
}).transform((body) => toLinkWrite(body, body.url));

const updateFields = {
  url: httpUrl.optional().describe("The destination URL of the short link."),
  keyLength: refused("applies only when a link is created; send a key to change it"),
  ...linkFields,
};

/** PATCH and PUT /api/links/{linkId}: every field optional; only the fields sent change. */
export const updateLinkSchema = eitherSpelling(updateFields).transform((body) =>
  toLinkWrite({ ...body, keyLength: undefined }, body.url),
);

const notInBulk = refused("cannot be changed by a bulk update; update the link itself");

/** The `data` of PATCH /api/links/bulk: an update body without the fields that identify one link. */
export const bulkUpdateDataSchema = eitherSpelling({
  ...updateFields,
  domain: notInBulk,
  key: notInBulk,
  externalId: notInBulk,
}).transform((body) =>
  toLinkWrite(
    { ...body, keyLength: undefined, domain: undefined, key: undefined, externalId: undefined },
    body.url,
  ),
);

/** PUT /api/links/upsert: a create body; the link with the same `url` is updated when there is one. */
export const upsertLinkSchema = createLinkSchema;
