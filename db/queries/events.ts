import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { clicks, links } from "@/db/schema";
import { type ClickScope, whereClicks } from "./click-filters";
import { withTags } from "./links";

export type ClickEventPage = { page: number; limit: number; sortOrder: "asc" | "desc" };

/** One page of the scope's clicks by time (ties by id), each with its link and the link's tags. */
export async function listClickEvents(scope: ClickScope, { page, limit, sortOrder }: ClickEventPage) {
  const order = sortOrder === "asc" ? asc : desc;
  const rows = await db
    .select({ click: clicks, link: links })
    .from(clicks)
    .innerJoin(links, and(eq(links.id, clicks.linkId), eq(links.projectId, scope.projectId)))
    .where(whereClicks(scope))
    .orderBy(order(clicks.timestamp), order(clicks.id))
    .limit(limit)
    .offset((page - 1) * limit);
  const tagged = new Map(
    (await withTags([...new Map(rows.map(({ link }) => [link.id, link])).values()])).map((link) => [
      link.id,
      link,
    ]),
  );
  return rows.map(({ click, link }) => ({ click, link: tagged.get(link.id) ?? { ...link, tags: [] } }));
}
