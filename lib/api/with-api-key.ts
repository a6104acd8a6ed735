import "server-only";
import { logger } from "@/lib/logger";
import { consumeApiQuota, quotaHeaders } from "@/lib/rate-limit/api-quota";
import { requireProjectParameter, requireRoutePermission } from "./authorize";
import { ApiError, apiErrorResponse, toApiError } from "./errors";
import { noteApiKeyUse } from "./last-used";
import { quotaFromProxy } from "./proxy-gate";
import type { KeyRouteId, RouteId } from "./routes";
import { type ProjectRef, type VerifiedApiKey, verifyApiKey, verifyPublishableKey } from "./verify-api-key";

type RouteContext = { params?: Promise<Record<string, string | string[]>> } | undefined;
type Params = Record<string, string>;
type SecretRouteId = Exclude<KeyRouteId, "POST /api/track/click">;

const NO_STORE = "no-store";
export const RATE_LIMITED =
  "Rate limit exceeded for this API key. Retry after the time in the Retry-After header.";

/**
 * Wraps every secret-key route handler. It checks the key and the route's permission from API_ROUTES itself,
 * trusting no header a client or the proxy could set, so a request that skipped the proxy is refused all the same.
 */
export function withApiKey(
  routeId: SecretRouteId,
  handler: (input: { request: Request; key: VerifiedApiKey; params: Params }) => Promise<Response> | Response,
): (request: Request, context: RouteContext) => Promise<Response> {
  return (request, context) =>
    handle(routeId, request, async () => {
      const key = await verifyApiKey(request.headers.get("authorization"));
      const log = { projectId: key.project.id, keyId: key.id };
      try {
        requireRoutePermission(routeId, key);
      } catch (error) {
        throw Object.assign(error as ApiError, { log });
      }
      requireProjectParameter(request, key.project);
      const quota = await quotaUnlessProxied(request, key.id);
      noteApiKeyUse(key.id);
      const response = await handler({ request, key, params: await stringParams(context) });
      return { log, response: withHeaders(response, quota) };
    });
}

/** Wraps the routes that take the project's publishable key instead (click tracking). */
export function withPublishableKey(
  routeId: "POST /api/track/click",
  handler: (input: { request: Request; project: ProjectRef }) => Promise<Response> | Response,
): (request: Request) => Promise<Response> {
  return (request) =>
    handle(routeId, request, async () => {
      const project = await verifyPublishableKey(request.headers.get("authorization"));
      requireProjectParameter(request, project);
      const quota = await quotaUnlessProxied(request, `publishable:${project.id}`);
      return {
        log: { projectId: project.id },
        response: withHeaders(await handler({ request, project }), quota),
      };
    });
}

type Outcome = { log: Record<string, string>; response: Response };

/** The shared part: one error → response mapping, no-store, one structured log line per request. */
async function handle(routeId: RouteId, request: Request, run: () => Promise<Outcome>): Promise<Response> {
  const started = performance.now();
  let status = 500;
  let log: Record<string, string> = {};
  try {
    const outcome = await run();
    log = outcome.log;
    outcome.response.headers.set("Cache-Control", NO_STORE);
    status = outcome.response.status;
    return outcome.response;
  } catch (error) {
    const apiError = toApiError(error);
    log = (error as { log?: Record<string, string> }).log ?? {};
    if (apiError.code === "internal_server_error")
      logger().error({ route: routeId, err: error }, "API handler failed");
    status = apiError.status;
    return apiErrorResponse(apiError);
  } finally {
    logger().info({
      event: "api_request",
      route: routeId,
      method: request.method,
      status,
      durationMs: Math.round(performance.now() - started),
      ...log,
    });
  }
}

/**
 * The proxy already counted requests that passed it (and says what it found); one that did not (it skipped the
 * proxy somehow) is counted here, so the rate limit holds either way. Returns the rate-limit headers.
 */
async function quotaUnlessProxied(request: Request, subject: string): Promise<Record<string, string>> {
  const counted = quotaFromProxy(request.headers);
  if (counted) return quotaHeaders(counted);
  const quota = await consumeApiQuota(subject);
  const headers = quotaHeaders(quota);
  if (!quota.allowed) throw new ApiError("rate_limit_exceeded", RATE_LIMITED, headers);
  return headers;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function stringParams(context: RouteContext): Promise<Params> {
  // Next passes no params at all to routes without dynamic segments.
  const raw = (await context?.params) ?? {};
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join("/") : value]),
  );
}
