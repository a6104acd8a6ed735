import { deleteDomain, updateDomain } from "@/db/queries/domains";
import { ApiError } from "@/lib/api/errors";
import { json, readJson } from "@/lib/api/request";
import { assertNotAppHost, domainSlugSchema, updateDomainSchema } from "@/lib/api/schemas/domain";
import { serializeDomain } from "@/lib/api/serializers/domain";
import { withApiKey } from "@/lib/api/with-api-key";

type Handler = Parameters<typeof withApiKey>[1];

const notFound = () => new ApiError("not_found", "Domain not found.");

/** The domain of the path, lower-cased; one that is no hostname is simply not found. */
function domainSlug(params: Record<string, string>): string {
  const parsed = domainSlugSchema.safeParse(params.slug);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

const update: Handler = async ({ request, key, params }) => {
  const slug = domainSlug(params);
  const changes = await readJson(request, updateDomainSchema);
  if (changes.slug !== undefined && changes.slug !== slug) assertNotAppHost(changes.slug, request.headers);
  const domain = await updateDomain({ projectId: key.project.id, slug, changes });
  if (domain === "not_found") throw notFound();
  if (domain === "conflict")
    throw new ApiError("conflict", `The domain '${changes.slug}' is already in use.`);
  return json(serializeDomain(domain));
};

// PATCH /api/domains/{slug} – update a domain, rename it, or make it the primary one
export const PATCH = withApiKey("PATCH /api/domains/{slug}", update);

// PUT /api/domains/{slug} – the same as PATCH
export const PUT = withApiKey("PUT /api/domains/{slug}", update);

// DELETE /api/domains/{slug} – delete a domain and every link on it
export const DELETE = withApiKey("DELETE /api/domains/{slug}", async ({ key, params }) => {
  const slug = domainSlug(params);
  if (!(await deleteDomain({ projectId: key.project.id, slug }))) throw notFound();
  return json({ slug });
});
