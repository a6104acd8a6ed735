import { BREAKDOWNS, clickBreakdown, countClicks, topLinks } from "@/db/queries/analytics";
import { customRange, intervalRange } from "@/lib/analytics/time-range";
import { clickTimeseries } from "@/lib/analytics/timeseries";
import { apiRoute } from "@/lib/api/handler";
import type { AnalyticsResponse } from "@/lib/api/schemas/analytics";
import { shortLinkUrl } from "@/lib/short-links/resolve";

// GET /api/analytics – click count, timeseries or a breakdown for the key's project
export const GET = apiRoute("GET /api/analytics", async ({ request, project, query }) => {
  const end = query.end ?? new Date();
  const range = query.start
    ? customRange(query.start, end)
    : intervalRange(query.interval ?? "24h", query.timezone, end);
  const scope = { projectId: project.id, range, filters: query };
  switch (query.groupBy) {
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
    default: {
      const { field } = BREAKDOWNS[query.groupBy];
      const rows = await clickBreakdown(scope, query.groupBy);
      // Each breakdown answers under its own field name (`country`, `device`, …), which TypeScript cannot follow.
      return rows.map((row) => ({
        [field]: row.value,
        clicks: row.clicks,
      })) as AnalyticsResponse["countries"];
    }
  }
});
