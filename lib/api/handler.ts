import "server-only";
import type { z } from "zod";
import { noteApiKeyUse } from "@/lib/api-keys/last-used";
import type { ProjectRef, VerifiedApiKey } from "@/lib/api-keys/verify";
import { logger } from "@/lib/logger";
import { type Quota, quotaHeaders } from "@/lib/rate-limit/api-quota";
import { newRequestId, REQUEST_ID_HEADER, recordApiRequest } from "@/lib/request-log";
import { authenticate } from "./authenticate";
import { corsHeaders } from "./cors";
import { ApiError, apiErrorResponse, toApiError } from "./errors";
import { readProxyReceipt } from "./proxy-receipt";
import { readJson, readQuery } from "./request";
import { type API_ROUTES, type Route, type RouteId, routeOf } from "./routes";

type Spec<Id extends RouteId> = (typeof API_ROUTES)[Id];
type Parsed<S, K extends "query" | "body"> = S extends { [P in K]: infer Z extends z.ZodType }
  ? z.output<Z>
  : undefined;
type ParsedParams<S> = S extends { params: { schema: infer Z extends z.ZodType } } ? z.output<Z> : undefined;
type Caller<S> = S extends { auth: "secret" }
  ? { key: VerifiedApiKey; project: ProjectRef }
  : S extends { auth: "publishable" }
    ? { project: ProjectRef }
    : Record<never, never>;
type Result<S> = S extends { response: infer Z extends z.ZodType } ? z.input<Z> | Response : Response;

/** What a handler receives: the request, its caller, and its path parameters, query and body, parsed. */
export type HandlerInput<Id extends RouteId> = {
  request: Request;
  params: ParsedParams<Spec<Id>>;
  query: Parsed<Spec<Id>, "query">;
  body: Parsed<Spec<Id>, "body">;
} & Caller<Spec<Id>>;

type RouteContext = { params?: Promise<Record<string, string | string[]>> } | undefined;
/** What identify found out, kept even when it refused: the log's fields, the answer's headers, the key. */
type Identified = {
  log: Record<string, string>;
  headers: Record<string, string>;
  key: VerifiedApiKey | null;
};

/**
 * Wraps every route handler of the table. For a key route it runs the key check itself (authenticate),
 * trusting no header a client or the proxy could set, so a request that skipped the proxy is refused all the
 * same. Then it parses the path parameters (404 when they name nothing), query and body (422) with the
 * route's schemas, calls the handler, answers its data as JSON with the route's status, and puts the
 * rate-limit and CORS headers on every answer, errors included. Every answer carries its request id (the
 * proxy's, from its receipt); every request made with a known key goes to the request log, refused or not.
 * One structured log line per request.
 */
export function apiRoute<Id extends RouteId>(
  id: Id,
  handler: (input: HandlerInput<Id>) => Promise<Result<Spec<Id>>> | Result<Spec<Id>>,
): (request: Request, context?: RouteContext) => Promise<Response> {
  const route: Route = routeOf(id);
  return async (request, context) => {
    const receipt = route.spec.auth === "public" ? null : readProxyReceipt(request.headers);
    const startedAt = receipt?.startedAt ?? performance.now();
    const requestId = receipt?.requestId ?? newRequestId();
    const caller: Identified = { log: {}, headers: { ...corsHeaders(route.spec) }, key: null };
    let response: Response;
    try {
      const identified = await identify(route, request, receipt?.quota ?? null, caller);
      const input = { request, ...identified, ...(await parseInput(route, request, context)) };
      const result: unknown = await handler(input as HandlerInput<Id>);
      response =
        result instanceof Response ? result : Response.json(result, { status: route.spec.status ?? 200 });
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === "internal_server_error")
        logger().error({ route: id, requestId, err: error }, "API handler failed");
      response = apiErrorResponse(apiError, {}, requestId);
    }
    for (const [name, value] of Object.entries(caller.headers)) response.headers.set(name, value);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    // Key routes answer key metadata: never cached. A public route may say how long its answer keeps.
    if (route.spec.auth !== "public" || !response.headers.has("Cache-Control")) {
      response.headers.set("Cache-Control", "no-store");
    }
    const endedAt = performance.now();
    const { key } = caller;
    if (key)
      recordApiRequest({ request, requestId, key, routeId: id, status: response.status, startedAt, endedAt });
    logger().info({
      event: "api_request",
      requestId,
      route: id,
      method: request.method,
      status: response.status,
      durationMs: Math.round(endedAt - startedAt),
      ...caller.log,
    });
    return response;
  };
}

/** The caller of a key route (or nobody, on a public one); what it found goes to `caller`, refused or not. */
async function identify(
  route: Route,
  request: Request,
  counted: Quota | null,
  caller: Identified,
): Promise<{ key?: VerifiedApiKey; project?: ProjectRef }> {
  if (route.spec.auth === "public") return {};
  const checked = await authenticate(request, route, counted);
  const key = checked.ok ? (checked.principal.kind === "secret" ? checked.principal.key : null) : checked.key;
  const project =
    key?.project ??
    (checked.ok && checked.principal.kind === "publishable" ? checked.principal.project : null);
  if (project) caller.log.projectId = project.id;
  if (key) caller.log.keyId = key.id;
  caller.key = key;
  if (!checked.ok) throw checked.error;
  Object.assign(caller.headers, quotaHeaders(checked.quota));
  if (key) noteApiKeyUse(key.id);
  return key ? { key, project: key.project } : { project: project ?? undefined };
}

async function parseInput(route: Route, request: Request, context: RouteContext) {
  const { params, query, body } = route.spec as {
    params?: Route["spec"]["params"];
    query?: z.ZodType;
    body?: z.ZodType;
  };
  return {
    params: params ? parseParams(params, await stringParams(context)) : undefined,
    query: query ? readQuery(request, query) : undefined,
    body: body ? await readJson(request, body) : undefined,
  };
}

function parseParams(params: NonNullable<Route["spec"]["params"]>, raw: Record<string, string>): unknown {
  const parsed = params.schema.safeParse(raw);
  if (!parsed.success) throw new ApiError("not_found", params.notFound);
  return parsed.data;
}

async function stringParams(context: RouteContext): Promise<Record<string, string>> {
  // Next passes no params at all to routes without dynamic segments.
  const raw = (await context?.params) ?? {};
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join("/") : value]),
  );
}
