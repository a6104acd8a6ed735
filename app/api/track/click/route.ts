import { ApiError } from "@/lib/api/errors";
import { json, readJson } from "@/lib/api/request";
import { trackClickSchema } from "@/lib/api/schemas/analytics";
import { withPublishableKey } from "@/lib/api/with-api-key";
import { clickDetails, recordClick } from "@/lib/short-links/record-click";
import { findProjectShortLink } from "@/lib/short-links/resolve";

/** Publishable keys are meant for browsers on any site, so every answer may be read cross-origin. */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
};

const track = withPublishableKey("POST /api/track/click", async ({ request, project }) => {
  const body = await readJson(request, trackClickSchema);
  const link = await findProjectShortLink({ projectId: project.id, domain: body.domain, key: body.key });
  if (!link) throw new ApiError("not_found", `Link '${body.domain}/${body.key}' not found in this project.`);
  const details = clickDetails(request.headers, body.referrer || request.headers.get("referer"));
  const clickId = await recordClick({ projectId: project.id, linkId: link.id, details });
  return json({ clickId });
});

// POST /api/track/click – record a click from the browser with the project's publishable key
export async function POST(request: Request) {
  const response = await track(request);
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

// OPTIONS /api/track/click – CORS preflight
export function OPTIONS() {
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400", "Cache-Control": "no-store" },
  });
}
