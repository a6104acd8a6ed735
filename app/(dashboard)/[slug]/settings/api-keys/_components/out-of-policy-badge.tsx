import { Badge } from "@/components/ui/badge";

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
