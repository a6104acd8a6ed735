import type { Permission } from "@/lib/api-keys/permissions";

/** Who may call a route: anyone, the project's publishable key, or a secret key (with this permission). */
export type RouteAccess =
  | { auth: "public" }
  | { auth: "publishable" }
  | { auth: "secret"; permission: Permission | null };

export type RouteSpec = RouteAccess & { summary: string; tag: string };

const secret = (permission: Permission | null, tag: string, summary: string): RouteSpec => ({
  auth: "secret",
  permission,
  tag,
  summary,
});

/**
 * THE route → permission table (SPEC §7). `proxy.ts` enforces it first, `withApiKey` again inside each handler;
 * the OpenAPI document and the permission-matrix tests are generated from it.
 */
export const API_ROUTES = {
  "POST /api/links": secret("links.write", "Links", "Create a link"),
  "GET /api/links": secret("links.read", "Links", "List links"),
  "GET /api/links/count": secret("links.read", "Links", "Count links"),
  "GET /api/links/info": secret("links.read", "Links", "Find a link by id, externalId, or domain and key"),
  "POST /api/links/bulk": secret("links.write", "Links", "Create up to 100 links"),
  "PUT /api/links/upsert": secret("links.write", "Links", "Create a link, or update the one with this URL"),
  "GET /api/links/{linkId}": secret("links.read", "Links", "Get a link"),
  "PATCH /api/links/{linkId}": secret("links.write", "Links", "Update a link"),
  "PUT /api/links/{linkId}": secret("links.write", "Links", "Update a link"),
  "DELETE /api/links/{linkId}": secret("links.write", "Links", "Delete a link"),
  "POST /api/tags": secret("tags.write", "Tags", "Create a tag"),
  "GET /api/tags": secret("tags.read", "Tags", "List tags"),
  "PATCH /api/tags/{id}": secret("tags.write", "Tags", "Update a tag"),
  "PUT /api/tags/{id}": secret("tags.write", "Tags", "Update a tag"),
  "DELETE /api/tags/{id}": secret("tags.write", "Tags", "Delete a tag"),
  "POST /api/domains": secret("domains.write", "Domains", "Add a domain"),
  "GET /api/domains": secret("domains.read", "Domains", "List domains"),
  "PATCH /api/domains/{slug}": secret("domains.write", "Domains", "Update a domain"),
  "PUT /api/domains/{slug}": secret("domains.write", "Domains", "Update a domain"),
  "DELETE /api/domains/{slug}": secret("domains.write", "Domains", "Delete a domain"),
  "GET /api/analytics": secret("analytics.read", "Analytics", "Retrieve click analytics"),
  "GET /api/oauth/userinfo": secret(null, "Keys", "The project and key behind the token"),
  "POST /api/track/click": { auth: "publishable", tag: "Track", summary: "Record a click (publishable key)" },
  "GET /api/qr": { auth: "public", tag: "QR codes", summary: "A QR code for a URL" },
  "GET /api/health": { auth: "public", tag: "Health", summary: "Liveness; never touches the database" },
  "GET /api/openapi.json": { auth: "public", tag: "Health", summary: "This API's OpenAPI 3.1 document" },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof API_ROUTES;
export type KeyRouteId = {
  [K in RouteId]: (typeof API_ROUTES)[K]["auth"] extends "public" ? never : K;
}[RouteId];

/** Paths under /api that belong to the framework, not to this table (Auth.js). */
export const FRAMEWORK_API_PREFIXES = ["/api/auth/"] as const;

type CompiledRoute = { id: RouteId; method: string; segments: string[]; literalCount: number };

const COMPILED: CompiledRoute[] = (Object.keys(API_ROUTES) as RouteId[])
  .map((id) => {
    const [method = "", path = ""] = id.split(" ");
    const segments = path.split("/").filter(Boolean);
    return { id, method, segments, literalCount: segments.filter((s) => !s.startsWith("{")).length };
  })
  // Literal segments win: /api/links/count before /api/links/{linkId}.
  .sort((a, b) => b.literalCount - a.literalCount);

export type RouteMatch = { id: RouteId; spec: RouteSpec; params: Record<string, string> };

/** The route for a method and path, or null (an unknown path, or a known path with another method). */
export function matchRoute(method: string, pathname: string): RouteMatch | null {
  const parts = pathname.split("/").filter(Boolean);
  for (const route of COMPILED) {
    if (route.method !== method || route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = route.segments.every((segment, index) => {
      const part = parts[index] ?? "";
      if (!segment.startsWith("{")) return segment === part;
      try {
        params[segment.slice(1, -1)] = decodeURIComponent(part);
        return part.length > 0;
      } catch {
        return false;
      }
    });
    if (matches) return { id: route.id, spec: API_ROUTES[route.id], params };
  }
  return null;
}
