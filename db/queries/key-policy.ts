import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditContext, insertAuditEntry } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import { projectKeyPolicies } from "@/db/schema";
import { DEFAULT_KEY_POLICY, type KeyPolicy, keyPolicySchema } from "@/lib/api-keys/policy";

/** The project's key policy; the defaults (no limits) when no owner has saved one. */
export async function getKeyPolicy(
  { projectId }: { projectId: string },
  executor: Executor = db,
): Promise<KeyPolicy> {
  const [row] = await executor
    .select()
    .from(projectKeyPolicies)
    .where(eq(projectKeyPolicies.projectId, projectId))
    .limit(1);
  // Parsed, not cast: a max lifetime the options no longer offer would otherwise reach the forms.
  return row ? keyPolicySchema.parse(row) : DEFAULT_KEY_POLICY;
}

/**
 * Stores the project's key policy and audits what changed (before → after), in one transaction; keys already
 * made are left as they are. Returns the policy before and after; nothing is written when nothing changed.
 */
export async function saveKeyPolicy(
  input: { projectId: string; policy: KeyPolicy } & AuditContext,
): Promise<{ before: KeyPolicy; after: KeyPolicy; changed: boolean }> {
  const { projectId, policy } = input;
  return db.transaction(async (tx) => {
    // One owner's save at a time, so each audit entry's "before" is what the previous save stored.
    await lockProject(projectId, tx);
    const before = await getKeyPolicy({ projectId }, tx);
    const changed = (Object.keys(policy) as (keyof KeyPolicy)[]).some(
      (field) => before[field] !== policy[field],
    );
    if (!changed) return { before, after: before, changed };
    const values = { ...policy, updatedById: input.actor.id };
    await tx
      .insert(projectKeyPolicies)
      .values({ projectId, ...values })
      .onConflictDoUpdate({
        target: projectKeyPolicies.projectId,
        set: { ...values, updatedAt: new Date() },
      });
    await insertAuditEntry(tx, {
      projectId,
      action: "key_policy.updated",
      actor: input.actor,
      target: { id: null, name: "Key policy" },
      metadata: {
        maxLifetimeDaysBefore: before.maxLifetimeDays,
        maxLifetimeDaysAfter: policy.maxLifetimeDays,
        membersMayCreateBefore: before.membersMayCreate,
        membersMayCreateAfter: policy.membersMayCreate,
        machineKeysRequireAllowlistBefore: before.machineKeysRequireAllowlist,
        machineKeysRequireAllowlistAfter: policy.machineKeysRequireAllowlist,
      },
      ipAddress: input.ipAddress,
    });
    return { before, after: policy, changed };
  });
}
