import type { AuditEntry } from "@/db/queries/audit-log";
import type { AuditAction } from "@/lib/audit-actions";

type KeyAction = Extract<AuditAction, `api_key.${string}`>;
type Scope = Pick<AuditEntry, "projectId" | "actor" | "ipAddress">;

/** An audit entry about a key: the key is its target, and its metadata leads with the key's display form. */
export function keyEntry(
  { projectId, actor, ipAddress }: Scope,
  action: KeyAction,
  key: { id: string; name: string; displayKey: string },
  metadata: NonNullable<AuditEntry["metadata"]> = {},
): AuditEntry {
  return {
    projectId,
    actor,
    ipAddress,
    action,
    target: { id: key.id, name: key.name },
    metadata: { key: key.displayKey, ...metadata },
  };
}
