// EXPLAIN of the statements on the API's hot paths, exactly as the app builds them (tests and `npm run bench`).
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { apiKeyByHashQuery } from "@/db/queries/api-keys/verify";
import { linksPageQuery } from "@/db/queries/links";
import { listLinksQuerySchema } from "@/lib/api/schemas/link-query";
import { LINK_SORT_FIELDS, type LinkSortField, SORT_ORDERS } from "@/lib/link-sort";

export type QueryPlan = { title: string; plan: string; usesIndex: boolean; verdict: string };

/** The index of each sort order of GET /api/links (db/schema/links.ts). */
export const SORT_INDEXES: Record<LinkSortField, string> = {
  createdAt: "links_project_created_idx",
  clicks: "links_project_clicks_idx",
  lastClicked: "links_project_last_clicked_idx",
  saleAmount: "links_project_sale_amount_idx",
};

async function explain(query: { getSQL(): SQL }): Promise<string> {
  const result: unknown = await db.execute(sql`explain ${query}`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows.map((row) => String(Object.values(row as Record<string, unknown>)[0])).join("\n");
}

/**
 * The page's rows come straight from an index scan of `index`, the Limit's own child: no Sort between them (the
 * cursor's InitPlan, the SubPlan of each row's tags and the JSON aggregate of the page sit beside or around it).
 */
function readsInOrder(plan: string, index: string): boolean {
  const limit = /^(.*?)Limit\b/m.exec(plan);
  if (!limit) return false;
  const childIndent = " ".repeat((limit[1]?.length ?? 0) + 2);
  return new RegExp(`^${childIndent}-> +Index Scan( Backward)? using ${index}\\b`, "m").test(plan);
}

/** The scan's Index Cond holds the cursor: a row comparison on (sort key, id). */
const cursorInIndexCond = (plan: string) => /Index Cond: .*\(ROW\(.*\bid\)\s*[<>]\s*ROW\(/.test(plan);

/** Plans for GET /api/links in every sort order and cursor direction, and for the API key lookup by hash. */
export async function explainHotQueries({
  projectId,
  keyHash,
  cursorLinkId,
}: {
  projectId: string;
  keyHash: string;
  /** A link of the project, for the cursor pages. */
  cursorLinkId: string;
}): Promise<QueryPlan[]> {
  const linkPage = async (
    title: string,
    index: string,
    query: Record<string, string>,
    cursor: boolean,
  ): Promise<QueryPlan> => {
    const plan = await explain(linksPageQuery({ projectId, query: listLinksQuerySchema.parse(query) }));
    const inOrder = readsInOrder(plan, index);
    const cursorOk = !cursor || cursorInIndexCond(plan);
    let verdict = `${index} yields the page in order; nothing is sorted`;
    if (cursor) verdict += cursorOk ? ", and the scan starts at the cursor (Index Cond)" : "";
    if (!inOrder) {
      verdict = `the page is not read in order from ${index} (a Sort, or another scan): every matching link of the project is read and sorted for each page`;
    } else if (!cursorOk) {
      verdict += ", but the cursor is not an index condition: the scan checks it on each row on its way";
    }
    return { title, plan, usesIndex: inOrder && cursorOk, verdict };
  };
  const linkPlans: QueryPlan[] = [];
  for (const sortBy of LINK_SORT_FIELDS) {
    for (const sortOrder of SORT_ORDERS) {
      const sorted = { pageSize: "20", sortBy, sortOrder };
      const name = `GET /api/links?pageSize=20&sortBy=${sortBy}&sortOrder=${sortOrder}`;
      const index = SORT_INDEXES[sortBy];
      linkPlans.push(
        await linkPage(name, index, sorted, false),
        await linkPage(`${name}&startingAfter=…`, index, { ...sorted, startingAfter: cursorLinkId }, true),
        await linkPage(`${name}&endingBefore=…`, index, { ...sorted, endingBefore: cursorLinkId }, true),
      );
    }
  }
  const keyPlan = await explain(apiKeyByHashQuery(keyHash));
  const keyUsesIndex = /api_keys_hash_unique/.test(keyPlan);
  return [
    ...linkPlans,
    {
      title: "API key lookup by hash (current or previous secret), on a cache miss",
      plan: keyPlan,
      usesIndex: keyUsesIndex,
      verdict: keyUsesIndex
        ? "found through the unique index on api_keys.hash"
        : "no index on api_keys.hash in the plan",
    },
  ];
}
