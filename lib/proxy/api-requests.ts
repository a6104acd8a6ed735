import { NextResponse } from "next/server";
import { authenticate } from "@/lib/api/authenticate";
import { corsHeaders } from "@/lib/api/cors";
import { ApiError, apiErrorResponse } from "@/lib/api/errors";
import { issueProxyReceipt, PROXY_RECEIPT_HEADER } from "@/lib/api/proxy-receipt";
import { allowedMethods, FRAMEWORK_API_PREFIXES, matchRoute } from "@/lib/api/routes";
import { clientAddress } from "@/lib/client-address";
import { isAuthThrottled, recordAuthFailure } from "@/lib/rate-limit/api-quota";
import { newRequestId, REQUEST_ID_HEADER, recordApiRequest } from "@/lib/request-log";

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
 * through carries its receipt; the handler's wrapper checks the key and the permission again. Every answer of
 * its own carries a request id; a refusal of a key it identified goes to the request log (what it lets through
 * is recorded by the handler, under the id in the receipt).
 */
export async function guardApiRequest(request: Request, pathname: string): Promise<Response> {
  const startedAt = performance.now();
  const forwarded = new Headers(request.headers);
  forwarded.delete(PROXY_RECEIPT_HEADER);
  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  // Answered by code outside the route wrapper (Auth.js, a CORS preflight): the id goes on through Next's merge.
  const passWithId = () =>
    NextResponse.next({ request: { headers: forwarded }, headers: { [REQUEST_ID_HEADER]: newRequestId() } });
  if (FRAMEWORK_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    return FRAMEWORK_METHODS.includes(request.method)
      ? passWithId()
      : methodNotAllowed(request, pathname, FRAMEWORK_METHODS);
  }

  const route = matchRoute(request.method === "HEAD" ? "GET" : request.method, pathname);
  if (!route) {
    const allowed = allowedMethods(pathname);
    if (request.method === "OPTIONS" && allowed.includes("OPTIONS")) return passWithId();
    if (allowed.length === 0) {
      return apiErrorResponse(
        new ApiError("not_found", `There is no ${methodOf(request)} ${pathname} endpoint.`),
        {},
        newRequestId(),
      );
    }
    return methodNotAllowed(request, pathname, allowed);
  }
  // The route wrapper gives a public route's answer its id.
  if (route.spec.auth === "public") return pass();

  const requestId = newRequestId();
  const cors = corsHeaders(route.spec);
  const address = clientAddress(request.headers);
  if (await isAuthThrottled(address)) {
    return apiErrorResponse(
      new ApiError("rate_limit_exceeded", AUTH_THROTTLED, { "Retry-After": "60" }),
      cors,
      requestId,
    );
  }
  const outcome = await authenticate(request, route);
  if (!outcome.ok) {
    if (outcome.error.code === "unauthorized") await recordAuthFailure(address);
    const response = apiErrorResponse(outcome.error, cors, requestId);
    const { key } = outcome;
    if (key) {
      const status = response.status;
      recordApiRequest({
        request,
        requestId,
        key,
        routeId: route.id,
        status,
        startedAt,
        endedAt: performance.now(),
      });
    }
    return response;
  }
  // The handler's wrapper puts the rate-limit headers and the request id on its own response.
  forwarded.set(PROXY_RECEIPT_HEADER, issueProxyReceipt({ quota: outcome.quota, requestId, startedAt }));
  return pass();
}

/** The request's method for a message (scripts/serve.mjs has replaced one Next cannot take). */
const methodOf = (request: Request) => (request.method === UNSUPPORTED_METHOD ? "such" : request.method);

function methodNotAllowed(request: Request, pathname: string, allowed: string[]): Response {
  const message = `${pathname} does not answer ${methodOf(request)} requests; it answers ${allowed.join(", ")}.`;
  const error = new ApiError("method_not_allowed", message, { Allow: allowed.join(", ") });
  return apiErrorResponse(error, {}, newRequestId());
}
