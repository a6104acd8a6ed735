"use client";

import { Badge } from "@/components/ui/badge";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { policyViolations } from "@/lib/api-keys/policy";
import { useKeyPolicy } from "./key-policy-context";
import { useNow } from "./time-text";

/** Marks a key made before a stricter key policy; the key is listed as it is, never changed silently. */
export function OutOfPolicyBadge({ violations }: { violations: readonly string[] }) {
  if (violations.length === 0) return null;
  const reasons = violations.join("; ");
  return (
    <Badge
      variant="outline"
      title={reasons}
      aria-label={`Out of policy: ${reasons}`}
      className="border-amber-500 text-amber-700 dark:text-amber-400"
    >
      Out of policy
    </Badge>
  );
}

/** The badge under a key's name in the table, against the project's current policy (after hydration). */
export function KeyPolicyNote({ apiKey }: { apiKey: ApiKeyListItem }) {
  const policy = useKeyPolicy();
  const now = useNow();
  if (now === null) return null;
  const key = {
    expiresAt: apiKey.expiresAt,
    isMachine: apiKey.owner.isMachine,
    allowedIps: apiKey.allowedIps,
  };
  return <OutOfPolicyBadge violations={policyViolations(key, policy, new Date(now))} />;
}
