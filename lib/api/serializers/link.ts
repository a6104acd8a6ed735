import type { LinkRefusal, LinkResult, LinkWriteContext } from "@/db/queries/link-inputs";
import type { LinkWithTags } from "@/db/queries/links";
import { ApiError } from "@/lib/api/errors";
import type { LinkResponse } from "@/lib/api/schemas/link-response";
import type { VerifiedApiKey } from "@/lib/api-keys/verify";
import { appHost, appOrigin } from "@/lib/app-origin";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Where this request's short links live: the app's origin and host, worked out once per response. */
export type LinkSite = { origin: string; host: string };

export function linkSite(headers: Headers): LinkSite {
  const origin = appOrigin(headers);
  return { origin, host: new URL(origin).host };
}

/**
 * A link row and its tags as the API's Link object: every key of SPEC §7 and of the Dub SDK's LinkSchema,
 * null where unset. Default-domain links resolve at `{origin}/s/{key}`, custom-domain links at `https://{domain}/{key}`.
 */
export function serializeLink(link: LinkWithTags, { origin, host }: LinkSite): LinkResponse {
  const shortLink = link.domain === host ? `${origin}/s/${link.key}` : `https://${link.domain}/${link.key}`;
  return {
    id: link.id,
    domain: link.domain,
    key: link.key,
    url: link.url,
    shortLink,
    qrCode: `${origin}/api/qr?url=${encodeURIComponent(shortLink)}`,
    archived: link.archived,
    expiresAt: iso(link.expiresAt),
    expiredUrl: link.expiredUrl,
    password: link.password,
    externalId: link.externalId,
    title: link.title,
    description: link.description,
    image: link.image,
    video: link.video,
    ios: link.ios,
    android: link.android,
    geo: link.geo,
    proxy: link.proxy,
    rewrite: link.rewrite,
    doIndex: link.doIndex,
    trackConversion: link.trackConversion,
    publicStats: link.publicStats,
    tagId: link.tags[0]?.id ?? null,
    tags: link.tags.map(({ id, name, color }) => ({ id, name, color })),
    comments: link.comments,
    utm_source: link.utmSource,
    utm_medium: link.utmMedium,
    utm_campaign: link.utmCampaign,
    utm_term: link.utmTerm,
    utm_content: link.utmContent,
    testVariants: null,
    testStartedAt: null,
    testCompletedAt: null,
    userId: link.userId,
    projectId: link.projectId,
    workspaceId: link.projectId,
    webhookIds: [],
    tenantId: link.tenantId,
    programId: link.programId,
    partnerId: link.partnerId,
    folderId: link.folderId,
    disabledAt: iso(link.disabledAt),
    clicks: link.clicks,
    leads: link.leads,
    conversions: 0,
    sales: link.sales,
    saleAmount: link.saleAmount,
    lastClicked: iso(link.lastClicked),
    createdAt: link.createdAt.toISOString(),
    updatedAt: link.updatedAt.toISOString(),
  };
}

/** Links written through the API belong to the key's project and owner; the app's host is the fallback domain. */
export function linkWriteContext(request: Request, key: VerifiedApiKey): LinkWriteContext {
  return { projectId: key.project.id, userId: key.ownerId, appHost: appHost(request.headers) };
}

/** Why the data layer refused a link write, as the API error to answer with. */
export function linkRefusalError({ reason, detail }: LinkRefusal): ApiError {
  switch (reason) {
    case "not_found":
      return new ApiError("not_found", "Link not found.");
    case "key_taken":
      return new ApiError("conflict", "A link with this domain and key already exists.");
    case "external_id_taken":
      return new ApiError("conflict", "A link with this externalId already exists in this project.");
    case "key_or_external_id_taken":
      return new ApiError(
        "conflict",
        "A link with this domain and key, or with this externalId, already exists.",
      );
    case "no_free_key":
      return new ApiError("conflict", "No free random key was found; send a longer keyLength or a key.");
    case "foreign_domain":
      return new ApiError("unprocessable_entity", `Domain '${detail}' does not belong to this project.`);
    case "unknown_tag_id":
      return new ApiError("unprocessable_entity", `Invalid 'tagIds': no tag '${detail}' in this project.`);
    case "unknown_tag_name":
      return new ApiError("unprocessable_entity", `Invalid 'tagNames': no tag '${detail}' in this project.`);
  }
}

/** The Link of a successful write; a refusal is thrown as its API error (404, 409, 422). */
export function writtenLink(result: LinkResult | undefined, request: Request): LinkResponse {
  if (!result) throw new Error("no link result");
  if (!result.ok) throw linkRefusalError(result);
  return serializeLink(result.link, linkSite(request.headers));
}
