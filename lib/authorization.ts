import { isPermission, normalizeScopes, PERMISSIONS, type Permission } from "@/lib/api-keys/permissions";
import type { Role } from "@/lib/roles";

/** Dashboard abilities beyond managing one's own keys; never reachable with an API key. */
export const DASHBOARD_CAPABILITIES = [
  "keys.manage-any",
  "keys.create-machine",
  "publishable-key.manage",
  "key-policy.manage",
  "members.manage",
  "audit-log.view",
  "project.manage",
] as const;
export type DashboardCapability = (typeof DASHBOARD_CAPABILITIES)[number];

/** What a role may do: a dashboard capability, or an API permission a key owned by that role may carry. */
export type Capability = DashboardCapability | Permission;

/** SPEC §3: the one table of what each role may do. */
const ROLE_GRANTS: Record<Role, readonly Capability[]> = {
  owner: [...DASHBOARD_CAPABILITIES, ...PERMISSIONS],
  member: PERMISSIONS.filter((permission) => permission !== "domains.write"),
};

/** Whether `role` may do `capability`; `null` (not a member) may do nothing. */
export function can(role: Role | null, capability: Capability): boolean {
  return role !== null && ROLE_GRANTS[role].includes(capability);
}

/** Whether the role is the one a project must always keep a human holder of (the last owner stays). */
export function isOwnerRole(role: Role | null): boolean {
  return role === "owner";
}

/** The most a key owned by each role can do (SPEC §3); a key's scopes are cut down to this. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: ROLE_GRANTS.owner.filter(isPermission),
  member: ROLE_GRANTS.member.filter(isPermission),
};

/**
 * The ceiling for a key owner's current standing in the project. A machine user acts as owner;
 * `role: null` means the owner is no longer a member (this also covers a machine user whose
 * membership is gone), which grants nothing.
 */
export function permissionsForOwner({
  role,
  isMachine,
}: {
  role: Role | null;
  isMachine: boolean;
}): Permission[] {
  if (role === null) return [];
  return [...ROLE_PERMISSIONS[isMachine ? "owner" : role]];
}

/**
 * What a request made with a key may do: its normalized scopes intersected with the owner's
 * current ceiling. An empty scope list grants nothing.
 */
export function effectivePermissions({
  scopes,
  role,
  isMachine,
}: {
  scopes: readonly Permission[];
  role: Role | null;
  isMachine: boolean;
}): Permission[] {
  const ceiling = permissionsForOwner({ role, isMachine });
  return normalizeScopes(scopes).filter((permission) => ceiling.includes(permission));
}

/** The requested permissions the role may not hand out; a create or edit with any of these is refused. */
export function permissionsBeyondRole(scopes: readonly Permission[], role: Role): Permission[] {
  return normalizeScopes(scopes).filter((permission) => !can(role, permission));
}

/** Whether the actor may edit, roll or revoke this key: owners any key, members only their own "You" keys. */
export function canManageKey({
  role,
  actorUserId,
  keyOwnerUserId,
  keyOwnerIsMachine,
}: {
  role: Role | null;
  actorUserId: string;
  keyOwnerUserId: string;
  keyOwnerIsMachine: boolean;
}): boolean {
  if (can(role, "keys.manage-any")) return true;
  return role !== null && !keyOwnerIsMachine && actorUserId === keyOwnerUserId;
}
