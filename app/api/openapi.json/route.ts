import { apiRoute } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appOrigin } from "@/lib/app-origin";

/** Without APP_URL the origin comes from the Host header, so keep only a few documents. */
const MAX_CACHED_ORIGINS = 16;
const documents = new Map<string, string>();

/** The serialized document for an origin, built once per process and origin. */
function documentFor(origin: string): string {
  const cached = documents.get(origin);
  if (cached !== undefined) return cached;
  if (documents.size >= MAX_CACHED_ORIGINS) documents.clear();
  const body = JSON.stringify(buildOpenApiDocument(origin));
  documents.set(origin, body);
  return body;
}

// GET /api/openapi.json – this API's OpenAPI 3.1 document, generated from the route table and zod schemas
export const GET = apiRoute(
  "GET /api/openapi.json",
  ({ request }) =>
    new Response(documentFor(appOrigin(request.headers)), {
      headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
    }),
);
