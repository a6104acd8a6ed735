import type { RouteSpec } from "./routes";

/** The one set of CORS headers, for routes whose answers browsers on any site may read (`cors` in the table). */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
};

/** The CORS headers for every answer of this route: none unless the table says `cors`. */
export function corsHeaders(spec: Pick<RouteSpec, "cors">): Record<string, string> {
  return spec.cors ? CORS_HEADERS : {};
}

/** The answer to a CORS preflight (OPTIONS) of a `cors` route. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400", "Cache-Control": "no-store" },
  });
}
