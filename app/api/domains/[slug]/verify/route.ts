import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { serializeDomain } from "@/lib/api/serializers/domain";
import { verifyDomain } from "@/lib/domains/verify-domain";

// POST /api/domains/{slug}/verify – look up the domain's TXT record and verify it (or mark it pending) accordingly
export const POST = apiRoute("POST /api/domains/{slug}/verify", async ({ project, params }) => {
  const result = await verifyDomain({ projectId: project.id, slug: params.slug });
  if (result.ok) {
    const { check, message, domain } = result;
    return { verified: domain.verified, check, message, domain: serializeDomain(domain) };
  }
  if (result.reason === "not_found") throw new ApiError("not_found", "Domain not found.");
  throw new ApiError("conflict", `The domain '${params.slug}' is verified by another project.`);
});
