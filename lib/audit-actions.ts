/** Everything the audit log records (SPEC §5). */
export const AUDIT_ACTIONS = [
  "api_key.created",
  "api_key.updated",
  "api_key.rolled",
  "api_key.revoked",
  "api_key.expired",
  "machine_user.created",
  "machine_user.deleted",
  "member.invited",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "member.left",
  "invitation.revoked",
  "publishable_key.generated",
  "publishable_key.revoked",
  "key_policy.updated",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "api_key.created": "API key created",
  "api_key.updated": "API key edited",
  "api_key.rolled": "API key rolled",
  "api_key.revoked": "API key revoked",
  "api_key.expired": "API key expired",
  "machine_user.created": "Machine user created",
  "machine_user.deleted": "Machine user deleted",
  "member.invited": "Member invited",
  "member.joined": "Member joined",
  "member.role_changed": "Role changed",
  "member.removed": "Member removed",
  "member.left": "Member left",
  "invitation.revoked": "Invitation revoked",
  "publishable_key.generated": "Publishable key generated",
  "publishable_key.revoked": "Publishable key revoked",
  "key_policy.updated": "Key policy changed",
};
