import { deleteLink, updateLink } from "@/db/queries/link-writes";
import { findLink } from "@/db/queries/links";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, type HandlerInput } from "@/lib/api/handler";
import { linkSite, linkWriteContext, serializeLink, writtenLink } from "@/lib/api/serializers/link";

// GET /api/links/{linkId} – one link (`ext_<externalId>` accepted); another project's link is a 404
export const GET = apiRoute("GET /api/links/{linkId}", async ({ request, project, params }) => {
  const link = await findLink({ projectId: project.id, ref: params.linkId });
  if (!link) throw new ApiError("not_found", "Link not found.");
  return serializeLink(link, linkSite(request.headers));
});

const update = async ({
  request,
  key,
  params,
  body,
}: HandlerInput<"PATCH /api/links/{linkId}" | "PUT /api/links/{linkId}">) =>
  writtenLink(await updateLink(linkWriteContext(request, key), params.linkId, body), request);

// PATCH /api/links/{linkId} – update the fields sent
export const PATCH = apiRoute("PATCH /api/links/{linkId}", update);

// PUT /api/links/{linkId} – the same partial update (Dub's older verb)
export const PUT = apiRoute("PUT /api/links/{linkId}", update);

// DELETE /api/links/{linkId} – delete a link → {"id"}
export const DELETE = apiRoute("DELETE /api/links/{linkId}", async ({ project, params }) => {
  const deleted = await deleteLink({ projectId: project.id, ref: params.linkId });
  if (!deleted) throw new ApiError("not_found", "Link not found.");
  return { id: deleted.id };
});
