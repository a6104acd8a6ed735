import { hasPermission } from "@/lib/api-keys/permissions";
import { ApiError } from "./errors";
import { API_ROUTES, type RouteId } from "./routes";
import type { ProjectRef, VerifiedApiKey } from "./verify-api-key";

/** Refuses a key without the route's permission, naming the permission, the endpoint and the project (SPEC §6). */
export function requireRoutePermission(routeId: RouteId, key: VerifiedApiKey): void {
  const spec = API_ROUTES[routeId];
  if (spec.auth !== "secret" || !spec.permission || hasPermission(key.permissions, spec.permission)) return;
  throw new ApiError(
    "forbidden",
    `This API key lacks the '${spec.permission}' permission required for ${routeId} in project '${key.project.slug}'.`,
  );
}

/** `projectSlug` / `workspaceId`, when sent, must name the key's own project (SPEC §7). */
export function requireProjectParameter(request: Request, project: ProjectRef): void {
  const query = new URL(request.url).searchParams;
  const slug = query.get("projectSlug");
  const workspaceId = query.get("workspaceId");
  if ((slug !== null && slug !== project.slug) || (workspaceId !== null && workspaceId !== project.id)) {
    throw new ApiError("forbidden", "This API key does not belong to the requested project.");
  }
}
