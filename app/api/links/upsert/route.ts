import { upsertLink } from "@/db/queries/link-writes";
import { readJson } from "@/lib/api/request";
import { upsertLinkSchema } from "@/lib/api/schemas/link";
import { linkResponse, linkWriteContext } from "@/lib/api/serializers/link";
import { withApiKey } from "@/lib/api/with-api-key";

// PUT /api/links/upsert – update the project's link with this url, or create it
export const PUT = withApiKey("PUT /api/links/upsert", async ({ request, key }) => {
  const input = await readJson(request, upsertLinkSchema);
  return linkResponse(await upsertLink(linkWriteContext(request, key), input), request.headers);
});
