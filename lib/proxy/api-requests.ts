import { NextResponse } from "next/server";
import { authenticate } from "@/lib/api/authenticate";
import { corsHeaders } from "@/lib/api/cors";
import { ApiError, apiErrorResponse } from "@/lib/api/errors";
import { issueProxyReceipt, PROXY_RECEIPT_HEADER } from "@/lib/api/proxy-receipt";
import { allowedMethods, FRAMEWORK_API_PREFIXES, matchRoute } from "@/lib/api/routes";
import { clientAddress } from "@/lib/client-address";
import { isAuthThrottled, recordAuthFailure } from "@/lib/rate-limit/api-quota";

const AUTH_THROTTLED = "Too many failed authentications from this address. Try again in a minute.";

/**
 * The method scripts/serve.mjs gives a request whose method Next cannot take (TRACE, CONNECT, WebDAV's, …), so
 * that it still reaches this proxy and gets its 405.
 */
export const UNSUPPORTED_METHOD = "X-CODEQR-UNSUPPORTED";
/** What Auth.js's route under FRAMEWORK_API_PREFIXES exports (GET and POST), and HEAD from GET. */
const FRAMEWORK_METHODS = ["GET", "HEAD", "POST"];

/**
 * The first check of every /api request, answering refusals itself: the route (404 for an unknown path, 405
 * with `Allow` for a method the path does not answer; HEAD is checked as the path's GET) → the
 * failed-authentication throttle of the caller's address → the key check (authenticate). What it lets
 * through carries its receipt; the handler's wrapper checks the key and the permission again.
 */
export async function guardApiRequest(request: Request, pathname: string): Promise<Response> {
  const forwarded = new Headers(request.headers);
  forwarded.delete(PROXY_RECEIPT_HEADER);
  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  if (FRAMEWORK_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    return FRAMEWORK_METHODS.includes(request.method)
      ? pass()
      : methodNotAllowed(request, pathname, FRAMEWORK_METHODS);
  }

  const route = matchRoute(request.method === "HEAD" ? "GET" : request.method, pathname);
  if (!route) {
    const allowed = allowedMethods(pathname);
    if (request.method === "OPTIONS" && allowed.includes("OPTIONS")) return pass();
    if (allowed.length === 0) {
      return apiErrorResponse(
        new ApiError("not_found", `There is no ${methodOf(request)} ${pathname} endpoint.`),
      );
    }
    return methodNotAllowed(request, pathname, allowed);
  }
  if (route.spec.auth === "public") return pass();

  const cors = corsHeaders(route.spec);
  const address = clientAddress(request.headers);
  if (await isAuthThrottled(address)) {
    return apiErrorResponse(
      new ApiError("rate_limit_exceeded", AUTH_THROTTLED, { "Retry-After": "60" }),
      cors,
    );
  }
  const outcome = await authenticate(request, route);
  if (!outcome.ok) {
    if (outcome.error.code === "unauthorized") await recordAuthFailure(address);
    return apiErrorResponse(outcome.error, cors);
  }
  // The handler's wrapper puts the rate-limit headers on its own response.
  forwarded.set(PROXY_RECEIPT_HEADER, issueProxyReceipt(outcome.quota));
  return pass();
}

/** The request's method for a message (scripts/serve.mjs has replaced one Next cannot take). */
const methodOf = (request: Request) => (request.method === UNSUPPORTED_METHOD ? "such" : request.method);

function methodNotAllowed(request: Request, pathname: string, allowed: string[]): Response {
  const message = `${pathname} does not answer ${methodOf(request)} requests; it answers ${allowed.join(", ")}.`;
  return apiErrorResponse(new ApiError("method_not_allowed", message, { Allow: allowed.join(", ") }));
}
