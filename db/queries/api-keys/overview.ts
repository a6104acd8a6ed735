import "server-only";
import { projectKeyRequestCounts } from "@/db/queries/request-log";
import { type ApiKeyListItem, listApiKeys } from "./manage";

/** A key's last 24 hours: its total, its 4xx/5xx and one count per hour (oldest first). */
export type KeyRequestCounts = { total: number; errorCount: number; hourly: number[] };

/** What the keys table shows: every key, and the request counts of those used in the last 24 hours. */
export type ApiKeysOverview = { keys: ApiKeyListItem[]; requests: Record<string, KeyRequestCounts> };

/** The keys table's data in two queries, whatever the number of keys. */
export async function getApiKeysOverview({ projectId }: { projectId: string }): Promise<ApiKeysOverview> {
  const [keys, counts] = await Promise.all([
    listApiKeys({ projectId }),
    projectKeyRequestCounts({ projectId }),
  ]);
  return { keys, requests: Object.fromEntries(counts) };
}
