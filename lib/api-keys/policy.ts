import { z } from "zod";
import type { Role } from "@/lib/roles";
import { EXPIRY_CHOICES, EXPIRY_DAYS, type ExpiryChoice } from "./schemas";

/** The longest a key may live under a policy, in days; null is no limit. */
export const MAX_LIFETIME_OPTIONS = [null, 7, 30, 90, 365] as const;
export type MaxLifetime = (typeof MAX_LIFETIME_OPTIONS)[number];

export const MAX_LIFETIME_LABELS: Record<`${NonNullable<MaxLifetime>}` | "none", string> = {
  none: "No limit",
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
  "365": "365 days",
};

/** A select's value for a max lifetime: "none" or the days as text. */
export const maxLifetimeValue = (days: MaxLifetime): keyof typeof MAX_LIFETIME_LABELS =>
  days === null ? "none" : `${days}`;

export const keyPolicySchema = z.object({
  maxLifetimeDays: z.union(
    [z.literal(7), z.literal(30), z.literal(90), z.literal(365), z.null()],
    "Choose a maximum lifetime",
  ),
  membersMayCreate: z.boolean(),
  machineKeysRequireAllowlist: z.boolean(),
});
export type KeyPolicy = z.output<typeof keyPolicySchema>;

/** What a project without a policy of its own allows: everything, as before policies existed. */
export const DEFAULT_KEY_POLICY: KeyPolicy = {
  maxLifetimeDays: null,
  membersMayCreate: true,
  machineKeysRequireAllowlist: false,
};

const DAY_MS = 86_400_000;

/**
 * The latest expiry the policy allows for a key made or edited at `now`; null when there is no limit. It is the
 * end of the UTC day `maxLifetimeDays` from now, so a picked date on that day (which expires at its end) fits.
 */
export function latestAllowedExpiry(policy: KeyPolicy, now: Date): Date | null {
  if (policy.maxLifetimeDays === null) return null;
  const latest = new Date(now.getTime() + policy.maxLifetimeDays * DAY_MS);
  latest.setUTCHours(23, 59, 59, 999);
  return latest;
}

/** The last day a form may offer as an expiry date ("YYYY-MM-DD"), or null when there is no limit. */
export function latestAllowedExpiryDay(policy: KeyPolicy, now: Date): string | null {
  return latestAllowedExpiry(policy, now)?.toISOString().slice(0, 10) ?? null;
}

/** The refusal for an expiry beyond the policy's maximum, null when it fits. */
export function expiryRefusal(policy: KeyPolicy, expiresAt: Date | null, now: Date): string | null {
  const latest = latestAllowedExpiry(policy, now);
  if (latest === null) return null;
  if (expiresAt !== null && expiresAt.getTime() <= latest.getTime()) return null;
  const days = policy.maxLifetimeDays;
  return `This project's key policy limits keys to ${days} days. Choose an expiry within ${days} days.`;
}

export const MEMBERS_MAY_NOT_CREATE = "This project's key policy lets only owners create keys.";
export const ALLOWLIST_REQUIRED = "This project's key policy requires an IP allowlist for machine keys.";

/**
 * Why a key as submitted (created, or edited to these values) breaks the project's key policy, as field
 * errors for the form; empty when it complies. `role` matters only for creating, so edits pass `null`.
 */
export function policyRefusals({
  policy,
  role,
  owner,
  expiresAt,
  allowedIps,
  now,
}: {
  policy: KeyPolicy;
  role: Role | null;
  owner: "self" | "machine";
  expiresAt: Date | null;
  allowedIps: readonly string[];
  now: Date;
}): Record<string, string[]> {
  const refusals: Record<string, string[]> = {};
  if (role === "member" && !policy.membersMayCreate) refusals.form = [MEMBERS_MAY_NOT_CREATE];
  const expiry = expiryRefusal(policy, expiresAt, now);
  if (expiry) refusals.expiresIn = [expiry];
  if (owner === "machine" && policy.machineKeysRequireAllowlist && allowedIps.length === 0) {
    refusals.allowedIps = [ALLOWLIST_REQUIRED];
  }
  return refusals;
}

/** What the policy looks at in an existing key. */
export type KeyForPolicy = { expiresAt: Date | null; isMachine: boolean; allowedIps: readonly string[] };

/**
 * How a key made before a stricter policy breaks it at `now` (its expiry is further off than a new key's may be),
 * as short phrases for an "Out of policy" badge; empty when it complies. Such keys are listed, never changed:
 * the policy applies from their next edit.
 */
export function policyViolations(key: KeyForPolicy, policy: KeyPolicy, now: Date): string[] {
  const violations: string[] = [];
  const latest = latestAllowedExpiry(policy, now);
  if (latest !== null) {
    if (key.expiresAt === null) violations.push("Never expires");
    else if (key.expiresAt.getTime() > latest.getTime()) {
      violations.push(`Expires later than the ${policy.maxLifetimeDays}-day maximum`);
    }
  }
  if (key.isMachine && policy.machineKeysRequireAllowlist && key.allowedIps.length === 0) {
    violations.push("Machine key without an IP allowlist");
  }
  return violations;
}

/** The expiry choices a form offers under the policy: no "Never" with a max lifetime, no preset beyond it. */
export function expiryChoicesWithin<C extends ExpiryChoice>(choices: readonly C[], policy: KeyPolicy): C[] {
  const max = policy.maxLifetimeDays;
  if (max === null) return [...choices];
  return choices.filter((choice) => {
    if (choice === "never") return false;
    return !(choice in EXPIRY_DAYS) || EXPIRY_DAYS[choice as keyof typeof EXPIRY_DAYS] <= max;
  });
}

/** A new key's expiry choice: "Never" when allowed, else the longest preset the policy allows. */
export function defaultExpiryChoice(policy: KeyPolicy): ExpiryChoice {
  const presets = expiryChoicesWithin(EXPIRY_CHOICES, policy).filter((choice) => choice in EXPIRY_DAYS);
  return policy.maxLifetimeDays === null ? "never" : (presets.at(-1) ?? "date");
}
