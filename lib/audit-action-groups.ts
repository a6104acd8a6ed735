import { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

/** The audit log's Action filter, grouped as a reader looks for them; every action is in exactly one group. */
export const AUDIT_ACTION_GROUPS: { label: string; actions: readonly AuditAction[] }[] = [
  { label: "API keys", actions: AUDIT_ACTIONS.filter((action) => action.startsWith("api_key.")) },
  { label: "Machine users", actions: ["machine_user.created", "machine_user.deleted"] },
  {
    label: "Publishable key",
    actions: AUDIT_ACTIONS.filter((action) => action.startsWith("publishable_key.")),
  },
  { label: "Members", actions: ["member.joined", "member.role_changed", "member.removed", "member.left"] },
  { label: "Invitations", actions: ["member.invited", "invitation.revoked", "invitation.declined"] },
  { label: "Project", actions: ["key_policy.updated"] },
];

/** The Actor filter's value for entries the app wrote itself (an expiry, a leak report): they have no actor id. */
export const SYSTEM_ACTOR = "system";
