import * as analytics from "@/app/api/analytics/route";
import * as domain from "@/app/api/domains/[slug]/route";
import * as domains from "@/app/api/domains/route";
import * as health from "@/app/api/health/route";
import * as link from "@/app/api/links/[linkId]/route";
import * as linksBulk from "@/app/api/links/bulk/route";
import * as linksCount from "@/app/api/links/count/route";
import * as linksInfo from "@/app/api/links/info/route";
import * as links from "@/app/api/links/route";
import * as linksUpsert from "@/app/api/links/upsert/route";
import * as userinfo from "@/app/api/oauth/userinfo/route";
import * as openapi from "@/app/api/openapi.json/route";
import * as qr from "@/app/api/qr/route";
import * as tag from "@/app/api/tags/[id]/route";
import * as tags from "@/app/api/tags/route";
import * as trackClick from "@/app/api/track/click/route";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;

/** Each API path (as written in API_ROUTES) → its route module, so tests call exactly what Next serves. */
const MODULES: Record<string, Record<string, unknown>> = {
  "/api/links": links,
  "/api/links/count": linksCount,
  "/api/links/info": linksInfo,
  "/api/links/bulk": linksBulk,
  "/api/links/upsert": linksUpsert,
  "/api/links/{linkId}": link,
  "/api/tags": tags,
  "/api/tags/{id}": tag,
  "/api/domains": domains,
  "/api/domains/{slug}": domain,
  "/api/analytics": analytics,
  "/api/oauth/userinfo": userinfo,
  "/api/track/click": trackClick,
  "/api/qr": qr,
  "/api/health": health,
  "/api/openapi.json": openapi,
};

/** The exported handler for a route id such as "PATCH /api/tags/{id}", or undefined. */
export function handlerFor(routeId: string): Handler | undefined {
  const [method = "", path = ""] = routeId.split(" ");
  return MODULES[path]?.[method] as Handler | undefined;
}

/** Fills `{param}` placeholders: "/api/tags/{id}" + { id: "tag_1" } → "/api/tags/tag_1". */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? "missing"));
}
