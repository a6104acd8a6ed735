/** Project roles. A machine user always acts as `owner`. */
export const ROLES = ["owner", "member"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", member: "Member" };
