import { BREAKDOWNS, clickBreakdown, clickTimeseries, countClicks, topLinks } from "@/db/queries/analytics";
import { customRange, intervalRange } from "@/lib/analytics/time-range";
import { json, readQuery } from "@/lib/api/request";
import { analyticsQuerySchema } from "@/lib/api/schemas/analytics";
import { withApiKey } from "@/lib/api/with-api-key";
import { shortLinkUrl } from "@/lib/short-links/resolve";

// GET /api/analytics – click count, timeseries or a breakdown for the key's project
export const GET = withApiKey("GET /api/analytics", async ({ request, key }) => {
  const query = readQuery(request, analyticsQuerySchema);
  const end = query.end ?? new Date();
  const range = query.start
    ? customRange(query.start, end)
    : intervalRange(query.interval ?? "24h", query.timezone, end);
  const scope = { projectId: key.project.id, range, query };
  switch (query.groupBy) {
    case "count":
      return json({ clicks: await countClicks(scope) });
    case "timeseries":
      return json(await clickTimeseries(scope, query.timezone));
    case "top_links": {
      const rows = await topLinks(scope);
      return json(
        rows.map(({ id, createdAt, ...link }) => ({
          link: id,
          id,
          ...link,
          shortLink: shortLinkUrl(link, request.headers),
          createdAt: createdAt.toISOString(),
        })),
      );
    }
    default: {
      const { field } = BREAKDOWNS[query.groupBy];
      const rows = await clickBreakdown(scope, query.groupBy);
      return json(rows.map((row) => ({ [field]: row.value, clicks: row.clicks })));
    }
  }
});
