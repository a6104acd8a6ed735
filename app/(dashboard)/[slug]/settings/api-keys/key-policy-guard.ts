import "server-only";
import { getKeyPolicy } from "@/db/queries/key-policy";
import { ActionError, type ProjectContext } from "@/lib/actions/safe-action";
import { expiryRefusal, policyRefusals } from "@/lib/api-keys/policy";

/** A key as a create or an edit would leave it. */
type KeyUnderPolicy = { owner: "self" | "machine"; expiresAt: Date | null; allowedIps: readonly string[] };

/**
 * Refuses a create (`creating: true`, where the caller's role counts) or an edit that breaks the project's key
 * policy, with the policy's reasons as field errors; the server's word, whatever the form offered.
 */
export async function refuseOutsideKeyPolicy(
  context: ProjectContext,
  key: KeyUnderPolicy & { creating: boolean },
): Promise<void> {
  const policy = await getKeyPolicy({ projectId: context.project.id });
  const refusals = policyRefusals({
    owner: key.owner,
    expiresAt: key.expiresAt,
    role: key.creating ? context.role : null,
    now: new Date(),
    policy,
    allowedIps: [...key.allowedIps],
  });
  const first = Object.values(refusals)[0]?.[0];
  if (first) throw new ActionError(first, refusals);
}

/** Refuses to roll a key whose expiry is further off than the policy allows: its expiry is edited first. */
export async function refuseRollOutsideKeyPolicy(
  context: ProjectContext,
  key: { expiresAt: Date | null },
): Promise<void> {
  const policy = await getKeyPolicy({ projectId: context.project.id });
  if (!expiryRefusal(policy, key.expiresAt, new Date())) return;
  const message = `This key expires later than this project's key policy allows (${policy.maxLifetimeDays} days). Edit its expiry first, then roll it.`;
  throw new ActionError(message, { form: [message] });
}
