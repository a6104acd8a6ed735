import { defaultDomain, findLink, type LinkRef } from "@/db/queries/links";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { type LinkInfoQuery, stripExternalPrefix } from "@/lib/api/schemas/link-query";
import { linkSite, serializeLink } from "@/lib/api/serializers/link";
import { appHost } from "@/lib/app-origin";

// GET /api/links/info – one link by linkId, externalId, or domain and key
export const GET = apiRoute("GET /api/links/info", async ({ request, project, query }) => {
  const link = await findLink({
    projectId: project.id,
    ref: await lookup(query, project.id, request.headers),
  });
  if (!link) throw new ApiError("not_found", "Link not found.");
  return serializeLink(link, linkSite(request.headers));
});

/** linkId wins over externalId, which wins over domain + key; a key alone is looked up on the default domain. */
async function lookup(query: LinkInfoQuery, projectId: string, headers: Headers): Promise<LinkRef> {
  if (query.linkId !== undefined) return { id: query.linkId };
  if (query.externalId !== undefined) return { externalId: stripExternalPrefix(query.externalId) };
  const domain = query.domain ?? (await defaultDomain({ projectId, appHost: appHost(headers) }));
  return { domain, key: query.key ?? "" };
}
