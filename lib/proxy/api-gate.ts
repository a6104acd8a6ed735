import { NextResponse } from "next/server";
import { requireProjectParameter, requireRoutePermission } from "@/lib/api/authorize";
import { ApiError, apiErrorResponse, toApiError } from "@/lib/api/errors";
import { GATE_HEADER, gateValue } from "@/lib/api/proxy-gate";
import { FRAMEWORK_API_PREFIXES, matchRoute } from "@/lib/api/routes";
import { verifyApiKey, verifyPublishableKey } from "@/lib/api/verify-api-key";
import { RATE_LIMITED } from "@/lib/api/with-api-key";
import { clientAddress } from "@/lib/client-address";
import {
  consumeApiQuota,
  isAuthThrottled,
  quotaHeaders,
  recordAuthFailure,
} from "@/lib/rate-limit/api-quota";

/**
 * The first gate for /api (SPEC §8), answering refusals itself: route → failed-auth throttle → header shape,
 * checksum, lookup, expiry, grace, membership (verifyApiKey) → the route's permission and the requested project
 * (projectSlug / workspaceId) → rate limit. The
 * handler's wrapper checks the key and permission again.
 */
export async function apiGate(request: Request, pathname: string): Promise<Response> {
  const forwarded = new Headers(request.headers);
  forwarded.delete(GATE_HEADER);
  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  if (FRAMEWORK_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return pass();
  if (request.method === "OPTIONS" && pathname === "/api/track/click") return pass();

  const route = matchRoute(request.method, pathname);
  if (!route)
    return apiErrorResponse(new ApiError("not_found", `There is no ${request.method} ${pathname} endpoint.`));
  if (route.spec.auth === "public") return pass();

  // Browsers call the publishable endpoint cross-origin: they must be able to read its refusals too.
  const cors: Record<string, string> =
    route.spec.auth === "publishable" ? { "Access-Control-Allow-Origin": "*" } : {};
  const address = clientAddress(request.headers);
  if (await isAuthThrottled(address)) {
    return apiErrorResponse(
      new ApiError(
        "rate_limit_exceeded",
        "Too many failed authentications from this address. Try again in a minute.",
        { "Retry-After": "60" },
      ),
      cors,
    );
  }
  let subject: string;
  try {
    const authorization = request.headers.get("authorization");
    if (route.spec.auth === "publishable") {
      const project = await verifyPublishableKey(authorization);
      requireProjectParameter(request, project);
      subject = `publishable:${project.id}`;
    } else {
      const key = await verifyApiKey(authorization);
      requireRoutePermission(route.id, key);
      requireProjectParameter(request, key.project);
      subject = key.id;
    }
  } catch (error) {
    const refusal = toApiError(error);
    if (refusal.code === "unauthorized") await recordAuthFailure(address);
    return apiErrorResponse(refusal, cors);
  }

  const quota = await consumeApiQuota(subject);
  if (!quota.allowed) {
    return apiErrorResponse(new ApiError("rate_limit_exceeded", RATE_LIMITED, quotaHeaders(quota)), cors);
  }
  // The handler's wrapper puts the rate-limit headers on its own response.
  forwarded.set(GATE_HEADER, gateValue(quota));
  return pass();
}
