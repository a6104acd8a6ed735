import type { Role } from "@/lib/roles";
import { normalizeScopes, PERMISSIONS, type Permission } from "./permissions";

/** The most a key owned by each role can do (SPEC §3); a key's scopes are cut down to this. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  member: PERMISSIONS.filter((permission) => permission !== "domains.write"),
};

type Capability = "manageAnyKey" | "createMachineUser" | "manageMembers" | "managePublishableKey";

/** Dashboard-only abilities beyond managing one's own keys; never reachable with an API key. */
export const ROLE_CAPABILITIES: Record<Role, Record<Capability, boolean>> = {
  owner: { manageAnyKey: true, createMachineUser: true, managePublishableKey: true, manageMembers: true },
  member: {
    manageAnyKey: false,
    createMachineUser: false,
    managePublishableKey: false,
    manageMembers: false,
  },
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
  const ceiling = ROLE_PERMISSIONS[role];
  return normalizeScopes(scopes).filter((permission) => !ceiling.includes(permission));
}

/** Whether the role may edit, roll and revoke keys owned by anyone in the project. */
export function canManageAnyKey(role: Role | null): boolean {
  return role !== null && ROLE_CAPABILITIES[role].manageAnyKey;
}

/** Whether the role may create a machine user (the "Machine" owner option). */
export function canCreateMachineUser(role: Role | null): boolean {
  return role !== null && ROLE_CAPABILITIES[role].createMachineUser;
}

/** Whether the role may invite people, change roles and remove members. */
export function canManageMembers(role: Role | null): boolean {
  return role !== null && ROLE_CAPABILITIES[role].manageMembers;
}

/** Whether the role may generate, regenerate and revoke the project's publishable key. */
export function canManagePublishableKey(role: Role | null): boolean {
  return role !== null && ROLE_CAPABILITIES[role].managePublishableKey;
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
  if (canManageAnyKey(role)) return true;
  return role !== null && !keyOwnerIsMachine && actorUserId === keyOwnerUserId;
}
