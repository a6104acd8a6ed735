/** Project roles. A machine user always acts as `owner`. */
export const ROLES = ["owner", "member"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", member: "Member" };

/** Narrows an untrusted value (stored JSON, a select's value) to a role. */
export function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
