import type { Domain } from "@/db/schema";
import type { DomainResponse } from "@/lib/api/schemas/domain";

/** A domain row as the API's Domain object: every key present, null where unset. */
export function serializeDomain(domain: Domain): DomainResponse {
  return {
    id: domain.id,
    slug: domain.slug,
    verified: domain.verified,
    primary: domain.primary,
    archived: domain.archived,
    placeholder: domain.placeholder,
    expiredUrl: domain.expiredUrl,
    notFoundUrl: domain.notFoundUrl,
    logo: domain.logo,
    assetLinks: null,
    appleAppSiteAssociation: null,
    registeredDomain: null,
    createdAt: domain.createdAt.toISOString(),
    updatedAt: domain.updatedAt.toISOString(),
  };
}
