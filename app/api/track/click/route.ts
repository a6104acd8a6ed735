import { preflightResponse } from "@/lib/api/cors";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { clickDetails, recordClick } from "@/lib/short-links/record-click";
import { findProjectShortLink } from "@/lib/short-links/resolve";

// POST /api/track/click – record a click from the browser with the project's publishable key
export const POST = apiRoute("POST /api/track/click", async ({ request, project, body }) => {
  const link = await findProjectShortLink({ projectId: project.id, domain: body.domain, key: body.key });
  if (!link) throw new ApiError("not_found", `Link '${body.domain}/${body.key}' not found in this project.`);
  const details = clickDetails(request.headers, {
    referrer: body.referrer || request.headers.get("referer"),
  });
  return { clickId: await recordClick({ projectId: project.id, linkId: link.id, details }) };
});

// OPTIONS /api/track/click – CORS preflight
export const OPTIONS = preflightResponse;
