import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { type ApiKeyLeak, apiKeyLeaks } from "@/db/schema";
import { createId } from "@/lib/ids";
import { keyEntry } from "./api-keys/audit";

/** The actor of every entry secret scanning writes: nobody signed in did it. */
export const SECRET_SCANNING_ACTOR = { id: null, name: "GitHub secret scanning" };

/** Where GitHub found a key, as its report says. */
export type LeakReport = { url: string; source: string; tokenType: string };

/**
 * Records that the key was found in public code: the leak (for the owners' banner) and an "API key leaked"
 * audit entry naming the URL, in one transaction. Call it before revoking the key, which is what makes it safe.
 */
export async function recordApiKeyLeak(
  key: { projectId: string; id: string; name: string; displayKey: string },
  report: LeakReport,
): Promise<ApiKeyLeak> {
  return db.transaction(async (tx) => {
    const [leak] = await tx
      .insert(apiKeyLeaks)
      .values({
        id: createId("leak"),
        projectId: key.projectId,
        keyId: key.id,
        keyName: key.name,
        displayKey: key.displayKey,
        url: report.url,
        source: report.source,
        tokenType: report.tokenType,
      })
      .returning();
    if (!leak) throw new Error("api key leak not recorded");
    await insertAuditEntry(
      tx,
      keyEntry({ projectId: key.projectId, actor: SECRET_SCANNING_ACTOR }, "api_key.leaked", key, {
        url: report.url,
        source: report.source,
      }),
    );
    return leak;
  });
}

/** The project's leaked keys, newest first. */
export function listApiKeyLeaks({ projectId }: { projectId: string }): Promise<ApiKeyLeak[]> {
  return db
    .select()
    .from(apiKeyLeaks)
    .where(eq(apiKeyLeaks.projectId, projectId))
    .orderBy(desc(apiKeyLeaks.foundAt), desc(apiKeyLeaks.id));
}
