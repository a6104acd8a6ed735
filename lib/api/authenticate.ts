import "server-only";
import { hasPermission } from "@/lib/api-keys/permissions";
import {
  type ProjectRef,
  RefusedKeyError,
  type VerifiedApiKey,
  verifyApiKey,
  verifyPublishableKey,
} from "@/lib/api-keys/verify";
import { clientAddress } from "@/lib/client-address";
import { consumeApiQuota, type Quota, quotaHeaders } from "@/lib/rate-limit/api-quota";
import { ApiError, toApiError } from "./errors";
import type { Route } from "./routes";

export const RATE_LIMITED =
  "Rate limit exceeded for this API key. Retry after the time in the Retry-After header.";

/** Who is calling: a secret key, or a project's publishable key. */
export type Principal =
  | { kind: "secret"; key: VerifiedApiKey }
  | { kind: "publishable"; project: ProjectRef };

/** Let through, with what the rate limit said; or refused, with the key when it was identified. */
export type Authentication =
  | { ok: true; principal: Principal; quota: Quota }
  | { ok: false; error: ApiError; key: VerifiedApiKey | null };

/**
 * THE key check of SPEC §8, run by proxy.ts and again by every key route's wrapper: header shape, checksum,
 * lookup, expiry, roll grace, membership (verify) → the route's permission → the requested project
 * (projectSlug / workspaceId) → rate limit (a refused request consumes no quota). `counted` is the quota the
 * proxy already took for this request: it is not taken twice, but the key and its permission are checked again.
 */
export async function authenticate(
  request: Request,
  route: Route,
  counted: Quota | null = null,
): Promise<Authentication> {
  let principal: Principal;
  try {
    principal = await identify(request, route);
  } catch (error) {
    return refused(toApiError(error), error instanceof RefusedKeyError ? error.key : null);
  }
  const key = principal.kind === "secret" ? principal.key : null;
  const project = key ? key.project : (principal as { project: ProjectRef }).project;
  const denial = permissionDenial(route, principal) ?? projectDenial(request, project);
  if (denial) return refused(denial, key);
  if (counted) return { ok: true, principal, quota: counted };
  const quota = await consumeApiQuota(key ? key.id : `publishable:${project.id}`);
  if (!quota.allowed) {
    return refused(new ApiError("rate_limit_exceeded", RATE_LIMITED, quotaHeaders(quota)), key);
  }
  return { ok: true, principal, quota };
}

const refused = (error: ApiError, key: VerifiedApiKey | null): Authentication => ({ ok: false, error, key });

async function identify(request: Request, route: Route): Promise<Principal> {
  const authorization = request.headers.get("authorization");
  if (route.spec.auth === "publishable") {
    return { kind: "publishable", project: await verifyPublishableKey(authorization) };
  }
  return {
    kind: "secret",
    key: await verifyApiKey(authorization, Date.now(), clientAddress(request.headers)),
  };
}

/** A key without the route's permission, named with the endpoint and the project (SPEC §6). */
function permissionDenial(route: Route, principal: Principal): ApiError | null {
  const { spec } = route;
  if (principal.kind !== "secret" || spec.auth !== "secret" || !spec.permission) return null;
  if (hasPermission(principal.key.permissions, spec.permission)) return null;
  return new ApiError(
    "forbidden",
    `This API key lacks the '${spec.permission}' permission required for ${route.id} in project '${principal.key.project.slug}'.`,
  );
}

/** `projectSlug` / `workspaceId`, when sent, must name the key's own project (SPEC §7). */
function projectDenial(request: Request, project: ProjectRef): ApiError | null {
  const query = new URL(request.url).searchParams;
  const slug = query.get("projectSlug");
  const workspaceId = query.get("workspaceId");
  if ((slug === null || slug === project.slug) && (workspaceId === null || workspaceId === project.id))
    return null;
  return new ApiError("forbidden", "This API key does not belong to the requested project.");
}
