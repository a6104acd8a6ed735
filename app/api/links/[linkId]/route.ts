import { deleteLink, updateLink } from "@/db/queries/link-writes";
import { findLink } from "@/db/queries/links";
import { ApiError } from "@/lib/api/errors";
import { json, readJson } from "@/lib/api/request";
import { updateLinkSchema } from "@/lib/api/schemas/link";
import { parseLinkIdParam } from "@/lib/api/schemas/link-query";
import { linkResponse, linkSite, linkWriteContext, serializeLink } from "@/lib/api/serializers/link";
import { withApiKey } from "@/lib/api/with-api-key";

/** `{linkId}` is a link id or `ext_<externalId>`; what names no link of this project is a 404. */
function linkRef(params: Record<string, string>) {
  const ref = parseLinkIdParam(params.linkId ?? "");
  if (!ref) throw new ApiError("not_found", "Link not found.");
  return ref;
}

// GET /api/links/{linkId} – one link
export const GET = withApiKey("GET /api/links/{linkId}", async ({ request, key, params }) => {
  const link = await findLink({ projectId: key.project.id, ref: linkRef(params) });
  if (!link) throw new ApiError("not_found", "Link not found.");
  return json(serializeLink(link, linkSite(request.headers)));
});

const update = (routeId: "PATCH /api/links/{linkId}" | "PUT /api/links/{linkId}") =>
  withApiKey(routeId, async ({ request, key, params }) => {
    const ref = linkRef(params);
    const input = await readJson(request, updateLinkSchema);
    return linkResponse(await updateLink(linkWriteContext(request, key), ref, input), request.headers);
  });

// PATCH /api/links/{linkId} – update the fields sent
export const PATCH = update("PATCH /api/links/{linkId}");

// PUT /api/links/{linkId} – the same partial update (Dub's older verb)
export const PUT = update("PUT /api/links/{linkId}");

// DELETE /api/links/{linkId} – delete a link → {"id"}
export const DELETE = withApiKey("DELETE /api/links/{linkId}", async ({ key, params }) => {
  const deleted = await deleteLink({ projectId: key.project.id, ref: linkRef(params) });
  if (!deleted) throw new ApiError("not_found", "Link not found.");
  return json({ id: deleted.id });
});
