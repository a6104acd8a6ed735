import { countLinks } from "@/db/queries/links";
import { json, readQuery } from "@/lib/api/request";
import { countLinksQuerySchema } from "@/lib/api/schemas/link-query";
import { withApiKey } from "@/lib/api/with-api-key";

// GET /api/links/count – how many links match the filters of GET /api/links
export const GET = withApiKey("GET /api/links/count", async ({ request, key }) => {
  const filters = readQuery(request, countLinksQuerySchema);
  return json(await countLinks({ projectId: key.project.id, filters }));
});
