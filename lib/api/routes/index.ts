// THE route table (SPEC §7): everything about each route of /api. proxy.ts, the route wrapper, the OpenAPI
// document, the permission matrix and the fuzz tests all read it; nothing else lists the routes.
import { DOMAIN_ROUTES } from "./domains";
import { LINK_ROUTES } from "./links";
import { OTHER_ROUTES } from "./other";
import { SECRET_SCANNING_ROUTES } from "./secret-scanning";
import type { RouteSpec } from "./spec";
import { TAG_ROUTES } from "./tags";

export type { PathParams, RouteAccess, RouteSpec } from "./spec";

export const API_ROUTES = {
  ...LINK_ROUTES,
  ...TAG_ROUTES,
  ...DOMAIN_ROUTES,
  ...OTHER_ROUTES,
  ...SECRET_SCANNING_ROUTES,
} as const;

export type RouteId = keyof typeof API_ROUTES;

/** A route of the table with its id parsed once: `method`, `path` and the path's segments. */
export type Route<Id extends RouteId = RouteId> = {
  id: Id;
  method: string;
  path: string;
  spec: RouteSpec & (typeof API_ROUTES)[Id];
  segments: string[];
};

function compile<Id extends RouteId>(id: Id): Route<Id> {
  const [method = "", path = ""] = id.split(" ");
  return { id, method, path, spec: API_ROUTES[id], segments: path.split("/").filter(Boolean) };
}

/** Every route, literal segments first (/api/links/count before /api/links/{linkId}). */
export const ROUTES: readonly Route[] = (Object.keys(API_ROUTES) as RouteId[])
  .map((id) => compile(id))
  .sort(
    (a, b) =>
      b.segments.filter((s) => !s.startsWith("{")).length -
      a.segments.filter((s) => !s.startsWith("{")).length,
  );

const BY_ID = new Map<RouteId, Route>(ROUTES.map((route) => [route.id, route]));

/** The compiled route of an id. */
export function routeOf<Id extends RouteId>(id: Id): Route<Id> {
  return BY_ID.get(id) as Route<Id>;
}

/** Paths under /api that belong to the framework, not to this table (Auth.js). */
export const FRAMEWORK_API_PREFIXES = ["/api/auth/"] as const;

export type RouteMatch = Route & { params: Record<string, string> };

/** A path of the table with every route (method) it answers: one route file in app/api. */
type TablePath = { segments: string[]; routes: Route[] };

/** The table's paths, in ROUTES' order (literal segments first), grouped once. */
const PATHS: readonly TablePath[] = (() => {
  const byPath = new Map<string, TablePath>();
  for (const route of ROUTES) {
    const path = byPath.get(route.path) ?? { segments: route.segments, routes: [] };
    path.routes.push(route);
    byPath.set(route.path, path);
  }
  return [...byPath.values()];
})();

/** The decoded path parameters when `parts` fit the path's segments, else null. */
function paramsOf(segments: string[], parts: string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  const matches = segments.every((segment, index) => {
    const part = parts[index] ?? "";
    if (!segment.startsWith("{")) return segment === part;
    try {
      params[segment.slice(1, -1)] = decodeURIComponent(part);
      return part.length > 0;
    } catch {
      return false;
    }
  });
  return matches ? params : null;
}

/** The one path Next serves `pathname` from (literal segments win), with its parameters. */
function pathOf(pathname: string): { path: TablePath; params: Record<string, string> } | null {
  const parts = pathname.split("/").filter(Boolean);
  for (const path of PATHS) {
    const params = paramsOf(path.segments, parts);
    if (params) return { path, params };
  }
  return null;
}

/**
 * The route for a method and path with its decoded path parameters, or null (unknown path or method). A path
 * is served by one route file, so `PATCH /api/links/bulk` is null, not `PATCH /api/links/{linkId}`.
 */
export function matchRoute(method: string, pathname: string): RouteMatch | null {
  const found = pathOf(pathname);
  const route = found?.path.routes.find((candidate) => candidate.method === method);
  return route && found ? { ...route, params: found.params } : null;
}

const METHOD_ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * The methods a path of the table answers, for a 405's `Allow` header: its routes' methods, HEAD wherever GET
 * is, and OPTIONS where a route allows CORS. Empty for a path the table does not have.
 */
export function allowedMethods(pathname: string): string[] {
  const routes = pathOf(pathname)?.path.routes ?? [];
  const methods = new Set(routes.map((route) => route.method));
  if (methods.has("GET")) methods.add("HEAD");
  if (routes.some((route) => route.spec.cors)) methods.add("OPTIONS");
  return METHOD_ORDER.filter((method) => methods.has(method));
}
