import "server-only";
import { recordApiKeyLeak, SECRET_SCANNING_ACTOR } from "@/db/queries/api-key-leaks";
import { getApiKey } from "@/db/queries/api-keys";
import type { Actor } from "@/db/queries/audit-log";
import { revokeApiKey } from "@/lib/api-keys/manage";
import { logger } from "@/lib/logger";
import { classifyLeakedToken } from "./classify";
import type { LeakFeedback, LeakReport } from "./schemas";

// The audit log's system actor has no id; revokeApiKey writes its entry with whatever actor it is given.
const REVOKER = SECRET_SCANNING_ACTOR as unknown as Actor;

/**
 * Acts on every token of a verified report: a live secret key is recorded as leaked (audit entry, owners'
 * banner) and revoked at once; a publishable key is public by design and only reported back. Answers GitHub's
 * feedback, in the report's order. `ipAddress` is the caller's (GitHub's) address, for the audit log.
 */
export async function handleLeakReport(report: LeakReport, ipAddress: string): Promise<LeakFeedback> {
  const feedback: LeakFeedback = [];
  // A token reported twice is labelled as the first time, after which its key is already revoked.
  const labels = new Map<string, LeakFeedback[number]["label"]>();
  for (const item of report) {
    const known = labels.get(item.token);
    if (known) {
      feedback.push({ token_raw: item.token, token_type: item.type, label: known });
      continue;
    }
    const found = await classifyLeakedToken(item.token);
    labels.set(item.token, found.label);
    if (found.label === "true_positive" && found.action === "revoke") {
      const projectId = found.key.project.id;
      const key = await getApiKey({ projectId, keyId: found.key.id });
      // A key revoked already (by its owner, or by an earlier report) is a real token that no longer works:
      // nothing to do. A revoke racing this one may also have aged the key out.
      if (key && !key.revokedAt) {
        await recordApiKeyLeak(
          { projectId, id: key.id, name: key.name, displayKey: key.displayKey },
          { url: item.url, source: item.source, tokenType: item.type },
        );
        await revokeApiKey({ projectId, keyId: key.id, actor: REVOKER, ipAddress, reason: "leaked" });
      }
    }
    if (found.label === "true_positive" && found.action === "report") {
      logger().warn({ event: "publishable_key_leaked", projectId: found.project.id, url: item.url });
    }
    feedback.push({ token_raw: item.token, token_type: item.type, label: found.label });
  }
  return feedback;
}
