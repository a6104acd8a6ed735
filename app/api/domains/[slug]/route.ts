import { deleteDomain, updateDomain } from "@/db/queries/domains";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, type HandlerInput } from "@/lib/api/handler";
import { assertNotAppHost } from "@/lib/api/schemas/domain";
import { domainRefusalError, serializeDomain } from "@/lib/api/serializers/domain";

const notFound = () => new ApiError("not_found", "Domain not found.");

const update = async ({
  request,
  project,
  params,
  body,
}: HandlerInput<"PATCH /api/domains/{slug}" | "PUT /api/domains/{slug}">) => {
  if (body.slug !== undefined && body.slug !== params.slug) assertNotAppHost(body.slug, request.headers);
  const updated = await updateDomain({ projectId: project.id, slug: params.slug, changes: body });
  if (updated.ok) return serializeDomain(updated.domain);
  if (updated.reason === "not_found") throw notFound();
  throw domainRefusalError(updated.reason, body.slug ?? params.slug);
};

// PATCH /api/domains/{slug} – update a domain, rename it (the new name is pending), or make it (un)primary
export const PATCH = apiRoute("PATCH /api/domains/{slug}", update);

// PUT /api/domains/{slug} – the same as PATCH
export const PUT = apiRoute("PUT /api/domains/{slug}", update);

// DELETE /api/domains/{slug} – delete a domain and every link on it
export const DELETE = apiRoute("DELETE /api/domains/{slug}", async ({ project, params }) => {
  if (!(await deleteDomain({ projectId: project.id, slug: params.slug }))) throw notFound();
  return { slug: params.slug };
});
