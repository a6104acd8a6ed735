import { createLinks } from "@/db/queries/link-writes";
import { json, readJson } from "@/lib/api/request";
import { bulkCreateLinksSchema } from "@/lib/api/schemas/link";
import { linkSite, linkWriteContext, serializeLink } from "@/lib/api/serializers/link";
import { withApiKey } from "@/lib/api/with-api-key";

// POST /api/links/bulk – create up to 100 links; a refused item is reported in its place, as in Dub
export const POST = withApiKey("POST /api/links/bulk", async ({ request, key }) => {
  const inputs = await readJson(request, bulkCreateLinksSchema);
  const results = await createLinks(linkWriteContext(request, key), inputs);
  const site = linkSite(request.headers);
  return json(
    results.map((result, index) => {
      if (result.ok) return serializeLink(result.link, site);
      const { columns, domain, key: linkKey } = inputs[index] ?? { columns: { url: "" } };
      return { link: { url: columns.url, domain, key: linkKey }, error: result.message, code: result.code };
    }),
  );
});
