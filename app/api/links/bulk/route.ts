import { deleteLinks, updateLinks } from "@/db/queries/link-bulk-writes";
import { createLinks } from "@/db/queries/link-writes";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { linkRefusalError, linkSite, linkWriteContext, serializeLink } from "@/lib/api/serializers/link";

// POST /api/links/bulk – create up to 100 links; a refused item is reported in its place, as in Dub
export const POST = apiRoute("POST /api/links/bulk", async ({ request, key, body }) => {
  const results = await createLinks(linkWriteContext(request, key), body);
  const site = linkSite(request.headers);
  return results.map((result, index) => {
    if (result.ok) return serializeLink(result.link, site);
    const { columns, domain, key: linkKey } = body[index] ?? { columns: { url: "" } };
    const { message, code } = linkRefusalError(result);
    // Creating never finds "no such link": every refusal is a conflict or invalid input.
    return {
      link: { url: columns.url, domain, key: linkKey },
      error: message,
      code: code === "conflict" ? code : "unprocessable_entity",
    };
  });
});

// PATCH /api/links/bulk – the same update for up to 100 links, all or none; an id not in the project is a 404
export const PATCH = apiRoute("PATCH /api/links/bulk", async ({ request, key, body }) => {
  const result = await updateLinks(linkWriteContext(request, key), body.refs, body.data);
  if (!result.ok && result.reason === "not_found")
    throw new ApiError("not_found", `Link '${result.detail}' not found; no link was updated.`);
  if (!result.ok) throw linkRefusalError(result);
  const site = linkSite(request.headers);
  return result.links.map((link) => serializeLink(link, site));
});

// DELETE /api/links/bulk?linkIds=… – delete up to 100 links → {"deletedCount"}; unknown ids are skipped, as in Dub
export const DELETE = apiRoute("DELETE /api/links/bulk", async ({ project, query }) => ({
  deletedCount: await deleteLinks({ projectId: project.id, refs: query.linkIds }),
}));
