import { hasPermission } from "@/lib/api-keys/permissions";
import { ApiError } from "./errors";
import { API_ROUTES, type RouteId } from "./routes";
import type { VerifiedApiKey } from "./verify-api-key";

/** Refuses a key without the route's permission, naming the permission, the endpoint and the project (SPEC §6). */
export function requireRoutePermission(routeId: RouteId, key: VerifiedApiKey): void {
  const spec = API_ROUTES[routeId];
  if (spec.auth !== "secret" || !spec.permission || hasPermission(key.permissions, spec.permission)) return;
  throw new ApiError(
    "forbidden",
    `This API key lacks the '${spec.permission}' permission required for ${routeId} in project '${key.project.slug}'.`,
  );
}
