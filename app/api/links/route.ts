import { createLinks } from "@/db/queries/link-writes";
import { listLinks } from "@/db/queries/links";
import { apiRoute } from "@/lib/api/handler";
import { linkSite, linkWriteContext, serializeLink, writtenLink } from "@/lib/api/serializers/link";

// POST /api/links – create a link
export const POST = apiRoute("POST /api/links", async ({ request, key, body }) => {
  const [result] = await createLinks(linkWriteContext(request, key), [body]);
  return writtenLink(result, request);
});

// GET /api/links – the project's links, newest first, filtered and paginated
export const GET = apiRoute("GET /api/links", async ({ request, project, query }) => {
  const found = await listLinks({ projectId: project.id, query });
  const site = linkSite(request.headers);
  return found.map((link) => serializeLink(link, site));
});
