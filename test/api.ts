import { createApiKey } from "@/lib/api-keys/manage";
import { PERMISSIONS, type Permission } from "@/lib/api-keys/permissions";
import { PEER_HEADER } from "@/lib/client-address";
import { ownerWithProject } from "./factories";

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;

/** A project, its owner, and a secret key with `scopes` (all permissions by default). */
export async function projectWithKey(scopes: readonly Permission[] = PERMISSIONS) {
  const owner = await ownerWithProject();
  const created = await createApiKey({
    projectId: owner.project.id,
    name: "test key",
    scopes: [...scopes],
    expiresAt: null,
    owner: "self",
    actor: owner.actor,
    ipAddress: owner.ipAddress,
  });
  if (!created.ok) throw new Error("key not created");
  return { ...owner, secret: created.secret, apiKey: created.apiKey };
}

/**
 * Calls a route handler as Next would, without a server: `callRoute(GET, { url: "/api/tags", secret })`.
 * Returns the status, headers and parsed JSON body.
 */
export async function callRoute(
  handler: RouteHandler,
  options: {
    url: string;
    method?: string;
    secret?: string;
    body?: unknown;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
) {
  const headers = new Headers(options.headers);
  // What scripts/serve.mjs does for every request: the TCP peer, here a proxy on this host.
  if (!headers.has(PEER_HEADER)) headers.set(PEER_HEADER, "127.0.0.1");
  if (options.secret) headers.set("authorization", `Bearer ${options.secret}`);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(new URL(options.url, "http://localhost:3000"), {
    method: options.method ?? "GET",
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  // Like Next: routes without dynamic segments get no params.
  const context = options.params ? { params: Promise.resolve(options.params) } : {};
  const response = await handler(request, context as { params: Promise<Record<string, string>> });
  const isJson = response.headers.get("content-type")?.includes("application/json");
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: isJson && text ? (JSON.parse(text) as unknown) : text || null,
  };
}
