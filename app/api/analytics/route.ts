import { clickBreakdown, countClicks, topLinks, topLinkTags } from "@/db/queries/analytics";
import { queryRange } from "@/lib/analytics/time-range";
import { clickTimeseries } from "@/lib/analytics/timeseries";
import { apiRoute } from "@/lib/api/handler";
import type { AnalyticsResponse } from "@/lib/api/schemas/analytics-response";
import { shortLinkUrl } from "@/lib/short-links/resolve";

// GET /api/analytics – click count, timeseries or a breakdown for the key's project
export const GET = apiRoute("GET /api/analytics", async ({ request, project, query }) => {
  const range = queryRange(query);
  const scope = { projectId: project.id, range, filters: query };
  const { groupBy } = query;
  switch (groupBy) {
    case "count":
      return { clicks: await countClicks(scope) };
    case "timeseries":
      return clickTimeseries(scope, query.timezone);
    case "top_links": {
      const rows = await topLinks(scope);
      return rows.map(({ id, createdAt, ...link }) => ({
        link: id,
        id,
        ...link,
        shortLink: shortLinkUrl(link, request.headers),
        createdAt: createdAt.toISOString(),
      }));
    }
    case "top_link_tags": {
      const rows = await topLinkTags(scope);
      return rows.map(({ clicks, ...tag }) => ({ tagId: tag.id, tag, clicks }));
    }
    default:
      // Each breakdown's rows carry its own fields (`country`, `region`…), checked against the response schema.
      return (await clickBreakdown(scope, groupBy)) as AnalyticsResponse[typeof groupBy];
  }
});
