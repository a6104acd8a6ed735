import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { paginationSchema } from "@/lib/api/request";
import { strictObject, unsupported } from "@/lib/api/schemas/strict";
import { parseHttpUrl } from "@/lib/api/schemas/url";
import { appOrigin } from "@/lib/app-origin";
import { VERIFICATION_CHECKS } from "@/lib/domains/verification-record";
import { acceptableText } from "@/lib/safe-text";

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOSTNAME = new RegExp(`^(?:${LABEL}\\.)+${LABEL}$`);

/** A hostname: lower-cased, dot-separated labels of a-z, 0-9 and inner hyphens, not an IP address. */
export const domainSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a domain")
  .max(253, "Use at most 253 characters")
  .regex(HOSTNAME, "Use a hostname such as go.example.com")
  .refine((slug) => /[a-z]/.test(slug.slice(slug.lastIndexOf(".") + 1)), "Use a hostname, not an IP address")
  .describe("The domain name.");

/** An http(s) URL; `https://` is assumed when no scheme is given, and "" clears the field, as in Dub. */
const redirectUrlSchema = z
  .string()
  .trim()
  .max(2048, "Use at most 2048 characters")
  .refine(...acceptableText)
  .transform((value, ctx) => {
    if (value === "") return null;
    const candidate = URL.canParse(value) ? value : `https://${value}`;
    if (!parseHttpUrl(candidate)) {
      ctx.addIssue({ code: "custom", message: "Use an http(s) URL" });
      return z.NEVER;
    }
    return candidate;
  })
  .nullish();

/** A logo is an http(s) URL or an inline `data:image/…` URI. */
const logoSchema = z
  .string()
  .trim()
  .max(100_000, "Use at most 100,000 characters")
  .refine(...acceptableText)
  .refine(
    (value) => value === "" || /^data:image\//i.test(value) || parseHttpUrl(value) !== null,
    "Use an http(s) URL or a data:image URI",
  )
  .transform((value) => value || null)
  .nullish();

const placeholderSchema = z
  .string()
  .trim()
  .max(2048, "Use at most 2048 characters")
  .refine(...acceptableText)
  .transform((value) => value || null)
  .nullish();

const domainFields = {
  expiredUrl: redirectUrlSchema.describe("Where links on this domain redirect after they expire."),
  notFoundUrl: redirectUrlSchema.describe("Where unknown links on this domain redirect."),
  archived: z.boolean().optional().describe("Whether the domain is archived."),
  placeholder: placeholderSchema.describe("An example link, shown when creating links."),
  logo: logoSchema.describe("The logo of the domain."),
  primary: z
    .boolean()
    .optional()
    .describe("Make this verified domain the project's primary one (unsets the others); false unsets it."),
  // The Dub SDK's deep-link files: no such files are served here, so only an empty value is accepted.
  assetLinks: unsupported("Deep-link files (assetLinks)"),
  appleAppSiteAssociation: unsupported("Deep-link files (appleAppSiteAssociation)"),
};

/** POST /api/domains. Request schemas transform, so document them with `z.toJSONSchema(…, { io: "input" })`. */
export const createDomainSchema = strictObject({ slug: domainSlugSchema, ...domainFields }, "field");
export type CreateDomainInput = z.output<typeof createDomainSchema>;

/** PATCH and PUT /api/domains/{slug}: every field optional; a new `slug` renames the domain and its links. */
export const updateDomainSchema = strictObject(
  { slug: domainSlugSchema.optional(), ...domainFields },
  "field",
);
export type UpdateDomainInput = z.output<typeof updateDomainSchema>;

/** GET /api/domains: archived domains are listed only with `archived=true`, as in Dub. */
export const listDomainsQuerySchema = strictObject(
  {
    ...paginationSchema.shape,
    archived: z.stringbool().default(false).describe("List archived domains instead of active ones."),
    search: z
      .string()
      .max(253)
      .refine(...acceptableText)
      .optional()
      .describe("Only domains whose name contains this text."),
  },
  "query parameter",
);
export type ListDomainsQuery = z.output<typeof listDomainsQuerySchema>;

/**
 * The app's own host serves links on the default domain, so no project may claim it as a domain
 * (deleting that domain would delete the project's default-domain links).
 */
export function assertNotAppHost(slug: string, headers: Headers): void {
  if (slug === new URL(appOrigin(headers)).hostname) {
    throw new ApiError("unprocessable_entity", "Invalid 'slug': this is the app's own domain.");
  }
}

/** The Domain object of every domain response (SPEC §7), with every key the Dub SDK's DomainSchema reads. */
export const domainResponseSchema = z.object({
  id: z.string().describe("The unique ID of the domain."),
  slug: z.string().describe("The domain name."),
  verified: z
    .boolean()
    .describe("Whether DNS proved the project's claim; only a verified domain serves short links."),
  primary: z.boolean().describe("Whether new links go to this domain by default (only ever set explicitly)."),
  archived: z.boolean().describe("Whether the domain is archived."),
  placeholder: z.string().nullable(),
  expiredUrl: z.string().nullable(),
  notFoundUrl: z.string().nullable(),
  logo: z.string().nullable(),
  assetLinks: z.null(),
  appleAppSiteAssociation: z.null(),
  registeredDomain: z.null().describe("Domains are never registered through this app."),
  verification: z
    .object({
      type: z.literal("TXT"),
      name: z.string().describe("The record's name, e.g. _codeqr-verification.go.acme.com."),
      value: z.string().describe("The record's value, particular to this project's claim."),
    })
    .describe("The DNS record that proves the project controls the domain; keep it in place."),
  createdAt: z.iso.datetime().describe("When the domain was added."),
  updatedAt: z.iso.datetime().describe("When the domain was last updated."),
});
export type DomainResponse = z.output<typeof domainResponseSchema>;

/** POST /api/domains/{slug}/verify: what the DNS check found, and the domain afterwards. */
export const verifyDomainResponseSchema = z.object({
  verified: z.boolean().describe("Whether the domain is verified after this check."),
  check: z
    .enum(VERIFICATION_CHECKS)
    .describe(
      "verified: the record was found; not_found: no TXT record at its name; mismatch: TXT records without its value; dns_error: DNS gave no usable answer (nothing changed).",
    ),
  message: z.string().describe("What the check found, in words."),
  domain: domainResponseSchema,
});
export type VerifyDomainResponse = z.output<typeof verifyDomainResponseSchema>;

/** DELETE /api/domains/{slug}. */
export const deleteDomainResponseSchema = z.object({
  slug: z.string().describe("The name of the deleted domain."),
});
