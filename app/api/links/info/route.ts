import { defaultDomain, findLink, type LinkRef } from "@/db/queries/links";
import { ApiError } from "@/lib/api/errors";
import { json, readQuery } from "@/lib/api/request";
import { type LinkInfoQuery, linkInfoQuerySchema, stripExternalPrefix } from "@/lib/api/schemas/link-query";
import { linkSite, serializeLink } from "@/lib/api/serializers/link";
import { withApiKey } from "@/lib/api/with-api-key";
import { appHost } from "@/lib/app-origin";

// GET /api/links/info – one link by linkId, externalId, or domain and key
export const GET = withApiKey("GET /api/links/info", async ({ request, key }) => {
  const query = readQuery(request, linkInfoQuerySchema);
  const projectId = key.project.id;
  const link = await findLink({ projectId, ref: await lookup(query, projectId, request.headers) });
  if (!link) throw new ApiError("not_found", "Link not found.");
  return json(serializeLink(link, linkSite(request.headers)));
});

/** linkId wins over externalId, which wins over domain + key; a key alone is looked up on the default domain. */
async function lookup(query: LinkInfoQuery, projectId: string, headers: Headers): Promise<LinkRef> {
  if (query.linkId !== undefined) return { id: query.linkId };
  if (query.externalId !== undefined) return { externalId: stripExternalPrefix(query.externalId) };
  const domain = query.domain ?? (await defaultDomain({ projectId, appHost: appHost(headers) }));
  return { domain, key: query.key ?? "" };
}
