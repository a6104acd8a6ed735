import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditContext, auditScope, insertAuditEntry } from "@/db/queries/audit-log";
import type { Refusal, Result } from "@/db/result";
import { apiKeys } from "@/db/schema";
import { keyEntry } from "./audit";
import { retireMachineUser } from "./machine-users";
import { type ApiKeyListItem, getApiKey, getApiKeyIn, type KeyRef, unrevokedInProject } from "./manage";

/** The reasons the app itself records; a caller may give its own (secret scanning says "leaked"). */
export const REVOKE_REASONS = {
  left: "owner left the project",
  removed: "owner was removed",
  machineUserDeleted: "machine user deleted",
} as const;

/**
 * What revoking sets: when, by whom (the name copied) and why. The rolled-out secret goes too, so neither hash
 * can match a usable key again.
 */
function revocation({ actor }: AuditContext, reason: string | null) {
  return {
    revokedAt: sql`now()`,
    revokedById: actor.id,
    revokedByName: actor.name,
    revokeReason: reason,
    previousHash: null,
    previousExpiresAt: null,
  };
}

const revokedColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  displayKey: apiKeys.displayKey,
  userId: apiKeys.userId,
};

export type RevokeApiKeyResult = Result<
  { apiKey: ApiKeyListItem; machineUserDeleted: boolean },
  Refusal<"not_found" | "already_revoked">
>;

/**
 * Marks the key revoked (kept, with its history, until retention ages it out) and audits it, in one transaction.
 * A machine user's key takes its machine user out of the project (SPEC §5: "the machine user is deleted"); the
 * user row stays as the revoked key's owner name. Callers go through lib/api-keys/manage, which tells the caches.
 */
export async function markApiKeyRevoked(
  input: KeyRef & AuditContext & { reason?: string | null },
): Promise<RevokeApiKeyResult> {
  return db.transaction(async (tx) => {
    const reason = input.reason ?? null;
    const [key] = await tx
      .update(apiKeys)
      .set(revocation(input, reason))
      .where(unrevokedInProject(input))
      .returning(revokedColumns);
    if (!key) {
      const existing = await getApiKey(input, tx);
      return { ok: false, reason: existing ? "already_revoked" : "not_found" };
    }
    const scope = auditScope(input);
    await insertAuditEntry(tx, keyEntry(scope, "api_key.revoked", key, reason ? { reason } : {}));
    const machineUserDeleted = await retireMachineUser(tx, scope, key.userId);
    return { ok: true, apiKey: await getApiKeyIn(tx, input), machineUserDeleted };
  });
}

/**
 * Revokes every unrevoked key a user owns in one project (they were removed or left), with `reason`, inside
 * the caller's transaction; returns how many.
 */
export async function revokeApiKeysOfUser(
  tx: Executor,
  input: { projectId: string; userId: string; reason: string } & AuditContext,
): Promise<number> {
  const keys = await tx
    .update(apiKeys)
    .set(revocation(input, input.reason))
    .where(
      and(
        eq(apiKeys.projectId, input.projectId),
        eq(apiKeys.userId, input.userId),
        isNull(apiKeys.revokedAt),
      ),
    )
    .returning(revokedColumns);
  for (const key of keys) {
    await insertAuditEntry(tx, keyEntry(input, "api_key.revoked", key, { reason: input.reason }));
  }
  return keys.length;
}

/** Removes a machine user from the People page: its keys are revoked, then it leaves the project. */
export async function removeMachineUserWithKeys(
  tx: Executor,
  scope: { projectId: string } & AuditContext,
  userId: string,
): Promise<number> {
  const revoked = await revokeApiKeysOfUser(tx, {
    ...scope,
    userId,
    reason: REVOKE_REASONS.machineUserDeleted,
  });
  await retireMachineUser(tx, scope, userId);
  return revoked;
}
