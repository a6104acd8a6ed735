// EXPLAIN of the statements on the API's hot paths, exactly as the app builds them (tests and `npm run bench`).
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { apiKeyByHashQuery } from "@/db/queries/api-keys/verify";
import { linksPageQuery } from "@/db/queries/links";
import { listLinksQuerySchema } from "@/lib/api/schemas/link-query";

export type QueryPlan = { title: string; plan: string; usesIndex: boolean; verdict: string };

async function explain(query: { getSQL(): SQL }): Promise<string> {
  const result: unknown = await db.execute(sql`explain ${query}`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows.map((row) => String(Object.values(row as Record<string, unknown>)[0])).join("\n");
}

/** Read in index order: an index scan of `index` and no Sort node above it. */
const readsInOrder = (plan: string, index: string) =>
  new RegExp(`Index (Only )?Scan( Backward)? using ${index}\\b`).test(plan) && !/\bSort\b/.test(plan);

/** Plans for GET /api/links (the first page, and a page after a cursor) and for the API key lookup by hash. */
export async function explainHotQueries({
  projectId,
  keyHash,
  cursorLinkId,
}: {
  projectId: string;
  keyHash: string;
  /** A link of the project, for the `startingAfter` page. */
  cursorLinkId: string;
}): Promise<QueryPlan[]> {
  const linkPage = async (title: string, query: Record<string, string>): Promise<QueryPlan> => {
    const plan = await explain(linksPageQuery({ projectId, query: listLinksQuerySchema.parse(query) }));
    const usesIndex = readsInOrder(plan, "links_project_created_idx");
    // The index runs created_at DESC but id ASC, so a cursor cannot be an index condition: it is checked on
    // the rows the scan passes, in order, from the newest down to the cursor.
    const cursorScanned = /Filter: .*created_at/.test(plan);
    let verdict = "links_project_created_idx yields the page in order; nothing is sorted";
    if (cursorScanned) verdict += ", and the scan checks the cursor on each newer link on its way";
    if (!usesIndex) {
      verdict =
        "the page is not read in index order (a Sort, or no scan of links_project_created_idx): every link of the project is read and sorted for each page";
    }
    return { title, plan, usesIndex, verdict };
  };
  const keyPlan = await explain(apiKeyByHashQuery(keyHash));
  const keyUsesIndex = /api_keys_hash_unique/.test(keyPlan);
  return [
    await linkPage("GET /api/links?pageSize=20 (newest first)", { pageSize: "20" }),
    await linkPage("GET /api/links?pageSize=20&startingAfter=… (next page by cursor)", {
      pageSize: "20",
      startingAfter: cursorLinkId,
    }),
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
