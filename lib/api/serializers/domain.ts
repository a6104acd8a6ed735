import type { DomainRefusal } from "@/db/queries/domains";
import type { Domain } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import type { DomainResponse } from "@/lib/api/schemas/domain";
import { verificationRecord } from "@/lib/domains/verification-record";

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
    verification: verificationRecord(domain),
    createdAt: domain.createdAt.toISOString(),
    updatedAt: domain.updatedAt.toISOString(),
  };
}

/** The API error for a refused create or update of the domain `slug`. */
export function domainRefusalError(reason: DomainRefusal["reason"], slug: string): ApiError {
  if (reason === "unverified")
    return new ApiError(
      "unprocessable_entity",
      "Invalid 'primary': verify the domain before making it primary.",
    );
  if (reason === "verified_elsewhere")
    return new ApiError("conflict", `The domain '${slug}' is verified by another project.`);
  return new ApiError("conflict", `The domain '${slug}' is already in this project.`);
}
