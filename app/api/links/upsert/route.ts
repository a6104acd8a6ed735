import { upsertLink } from "@/db/queries/link-writes";
import { apiRoute } from "@/lib/api/handler";
import { linkWriteContext, writtenLink } from "@/lib/api/serializers/link";

// PUT /api/links/upsert – update the project's link with this url, or create it
export const PUT = apiRoute("PUT /api/links/upsert", async ({ request, key, body }) =>
  writtenLink(await upsertLink(linkWriteContext(request, key), body), request),
);
