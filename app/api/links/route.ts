import { createLinks } from "@/db/queries/link-writes";
import { listLinks } from "@/db/queries/links";
import { json, readJson, readQuery } from "@/lib/api/request";
import { createLinkSchema } from "@/lib/api/schemas/link";
import { listLinksQuerySchema } from "@/lib/api/schemas/link-query";
import { linkResponse, linkSite, linkWriteContext, serializeLink } from "@/lib/api/serializers/link";
import { withApiKey } from "@/lib/api/with-api-key";

// POST /api/links – create a link
export const POST = withApiKey("POST /api/links", async ({ request, key }) => {
  const input = await readJson(request, createLinkSchema);
  const [result] = await createLinks(linkWriteContext(request, key), [input]);
  return linkResponse(result, request.headers);
});

// GET /api/links – the project's links, newest first, filtered and paginated
export const GET = withApiKey("GET /api/links", async ({ request, key }) => {
  const query = readQuery(request, listLinksQuerySchema);
  const found = await listLinks({ projectId: key.project.id, query });
  const site = linkSite(request.headers);
  return json(found.map((link) => serializeLink(link, site)));
});
