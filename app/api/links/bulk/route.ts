import { createLinks } from "@/db/queries/link-writes";
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
