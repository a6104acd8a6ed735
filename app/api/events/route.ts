import { listClickEvents } from "@/db/queries/events";
import { queryRange } from "@/lib/analytics/time-range";
import { apiRoute } from "@/lib/api/handler";
import { serializeClickEvent } from "@/lib/api/serializers/click-event";
import { linkSite } from "@/lib/api/serializers/link";

// GET /api/events – the key's project's clicks, newest first, one page at a time
export const GET = apiRoute("GET /api/events", async ({ request, project, query }) => {
  const range = queryRange(query);
  const rows = await listClickEvents({ projectId: project.id, range, filters: query }, query);
  const site = linkSite(request.headers);
  return rows.map(({ click, link }) => serializeClickEvent(click, link, site));
});
