/** Every permission an API key can carry (SPEC §3), in canonical order. */
export const PERMISSIONS = [
  "links.read",
  "links.write",
  "tags.read",
  "tags.write",
  "domains.read",
  "domains.write",
  "analytics.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Resources in the order the "Restricted" form lists them. */
export const RESOURCES = ["links", "analytics", "domains", "tags"] as const;
export type Resource = (typeof RESOURCES)[number];

export const RESOURCE_LABELS: Record<Resource, string> = {
  links: "Links",
  analytics: "Analytics",
  domains: "Domains",
  tags: "Tags",
};

export const ACCESS_LEVELS = ["none", "read", "write"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type ResourceLevels = Record<Resource, AccessLevel>;

export const PRESETS = ["all", "read_only", "restricted"] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  all: "All permissions",
  read_only: "Read only",
  restricted: "Restricted",
};

type Grant = { resource: Resource; level: Exclude<AccessLevel, "none"> };

const GRANTS: Record<Permission, Grant> = {
  "links.read": { resource: "links", level: "read" },
  "links.write": { resource: "links", level: "write" },
  "tags.read": { resource: "tags", level: "read" },
  "tags.write": { resource: "tags", level: "write" },
  "domains.read": { resource: "domains", level: "read" },
  "domains.write": { resource: "domains", level: "write" },
  "analytics.read": { resource: "analytics", level: "read" },
};

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

/** Narrows an untrusted value (form field, stored JSON) to a known permission. */
export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && Object.hasOwn(GRANTS, value);
}

/** The levels a resource offers in the form: analytics has no write permission. */
export function levelsFor(resource: Resource): readonly AccessLevel[] {
  return ACCESS_LEVELS.filter(
    (level) => level === "none" || PERMISSIONS.some((p) => covers(GRANTS[p], { resource, level })),
  );
}

function covers(held: Grant, wanted: Grant): boolean {
  return held.resource === wanted.resource && RANK[held.level] >= RANK[wanted.level];
}

/** Whether `scopes` grant `permission`; a `.write` scope also grants the matching `.read`. */
export function hasPermission(scopes: readonly Permission[], permission: Permission): boolean {
  return scopes.some((scope) => isPermission(scope) && covers(GRANTS[scope], GRANTS[permission]));
}

/**
 * Canonical form of a scope list: duplicates and unknown values dropped, the `.read` implied by
 * every `.write` added, in `PERMISSIONS` order.
 */
export function normalizeScopes(perms: readonly Permission[]): Permission[] {
  return PERMISSIONS.filter((permission) => hasPermission(perms, permission));
}

/** The scopes of a fixed preset ("restricted" keys are built with `scopesFromLevels`). */
export function scopesForPreset(preset: Exclude<Preset, "restricted">): Permission[] {
  return preset === "all"
    ? [...PERMISSIONS]
    : PERMISSIONS.filter((permission) => GRANTS[permission].level === "read");
}

/**
 * Scopes for the per-resource radio groups of a restricted key. A level a resource does not
 * offer (analytics "write") grants only what exists below it.
 */
export function scopesFromLevels(levels: ResourceLevels): Permission[] {
  return PERMISSIONS.filter((permission) => {
    const grant = GRANTS[permission];
    return RANK[levels[grant.resource]] >= RANK[grant.level];
  });
}

/** The per-resource levels that `scopes` grant, for pre-filling the edit form. */
export function levelsFromScopes(scopes: readonly Permission[]): ResourceLevels {
  const levels: ResourceLevels = { links: "none", analytics: "none", domains: "none", tags: "none" };
  for (const scope of scopes) {
    if (!isPermission(scope)) continue;
    const { resource, level } = GRANTS[scope];
    if (RANK[level] > RANK[levels[resource]]) levels[resource] = level;
  }
  return levels;
}

/** The preset a scope list shows as; anything but the two fixed presets (even nothing) is "restricted". */
export function presetOf(scopes: readonly Permission[]): Preset {
  const normalized = normalizeScopes(scopes);
  if (sameScopes(normalized, scopesForPreset("all"))) return "all";
  if (sameScopes(normalized, scopesForPreset("read_only"))) return "read_only";
  return "restricted";
}

function sameScopes(a: readonly Permission[], b: readonly Permission[]): boolean {
  return a.length === b.length && a.every((permission, i) => permission === b[i]);
}
