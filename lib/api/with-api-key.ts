import "server-only";
import { hasPermission, type Permission } from "@/lib/api-keys/permissions";
import { logger } from "@/lib/logger";
import { ApiError, apiErrorResponse, toApiError } from "./errors";
import { type VerifiedApiKey, verifyApiKey } from "./verify-api-key";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (input: {
  request: Request;
  key: VerifiedApiKey;
  params: P;
}) => Promise<Response> | Response;

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * Wraps every key-authenticated route handler. It verifies the key itself and trusts no header that a client
 * or the proxy could set, so a request that skipped the proxy is refused all the same. `permission: null` means
 * any valid secret key.
 */
export function withApiKey<P = Record<string, never>>(
  options: { permission: Permission | null },
  handler: Handler<P>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now();
    const route = `${request.method} ${new URL(request.url).pathname}`;
    let key: VerifiedApiKey | undefined;
    try {
      key = await verifyApiKey(request.headers.get("authorization"));
      if (options.permission && !hasPermission(key.permissions, options.permission)) {
        throw new ApiError(
          "forbidden",
          `This API key lacks the '${options.permission}' permission required for ${route} in project '${key.project.slug}'.`,
        );
      }
      checkProjectParameter(request, key);
      const response = await handler({ request, key, params: await context.params });
      for (const [name, value] of Object.entries(NO_STORE)) response.headers.set(name, value);
      log(route, response.status, started, key);
      return response;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === "internal_server_error")
        logger().error({ route, err: error }, "API handler failed");
      log(route, apiError.status, started, key);
      return apiErrorResponse(apiError);
    }
  };
}

/** `projectSlug` / `workspaceId`, when sent, must name the key's own project. */
function checkProjectParameter(request: Request, key: VerifiedApiKey): void {
  const query = new URL(request.url).searchParams;
  const slug = query.get("projectSlug");
  const workspaceId = query.get("workspaceId");
  if (
    (slug !== null && slug !== key.project.slug) ||
    (workspaceId !== null && workspaceId !== key.project.id)
  ) {
    throw new ApiError("forbidden", "This API key belongs to another project than the one requested.");
  }
}

function log(route: string, status: number, started: number, key: VerifiedApiKey | undefined): void {
  logger().info({
    event: "api_request",
    route,
    status,
    durationMs: Math.round(performance.now() - started),
    projectId: key?.project.id,
    keyId: key?.id,
  });
}
