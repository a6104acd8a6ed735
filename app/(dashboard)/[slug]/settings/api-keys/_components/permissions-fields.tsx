"use client";

import {
  type AccessLevel,
  levelsFor,
  type Permission,
  PRESET_LABELS,
  PRESETS,
  type Preset,
  RESOURCE_LABELS,
  RESOURCES,
  type Resource,
  type ResourceLevels,
  scopesForPreset,
  scopesFromLevels,
} from "@/lib/api-keys/permissions";
import { permissionsBeyondRole } from "@/lib/authorization";
import { ROLE_LABELS, type Role } from "@/lib/roles";
import { type Choice, ChoiceGroup } from "./choice-group";

export type PermissionValues = { preset: Preset; levels: ResourceLevels };

export const NO_ACCESS: ResourceLevels = { links: "none", analytics: "none", domains: "none", tags: "none" };

const PRESET_DESCRIPTIONS: Record<Preset, string> = {
  all: "Full access to all resources.",
  read_only: "Read-only access to all resources.",
  restricted: "Choose the access to each resource.",
};

const LEVEL_LABELS: Record<AccessLevel, string> = { none: "None", read: "Read", write: "Write" };

/** Why `role` may not grant these scopes, or null when it may. */
function beyondRoleReason(scopes: Permission[], role: Role): string | null {
  const beyond = permissionsBeyondRole(scopes, role);
  return beyond.length ? `${ROLE_LABELS[role]}s cannot grant ${beyond.join(", ")}` : null;
}

/** The preset a new key starts with: the broadest one the role may grant. */
export function defaultPreset(role: Role): Preset {
  return beyondRoleReason(scopesForPreset("all"), role) ? "read_only" : "all";
}

type PermissionsFieldsProps = {
  role: Role;
  value: PermissionValues;
  onChange: (value: PermissionValues) => void;
  fieldErrors: Record<string, string[] | undefined>;
};

/** The "Permissions" preset radio group and, for "Restricted", one radio group per resource. */
export function PermissionsFields({ role, value, onChange, fieldErrors }: PermissionsFieldsProps) {
  const presetChoices: Choice<Preset>[] = PRESETS.map((preset) => ({
    value: preset,
    label: PRESET_LABELS[preset],
    description: PRESET_DESCRIPTIONS[preset],
    disabledReason: preset === "restricted" ? null : beyondRoleReason(scopesForPreset(preset), role),
  }));

  function levelChoices(resource: Resource): Choice<AccessLevel>[] {
    return levelsFor(resource).map((level) => ({
      value: level,
      label: LEVEL_LABELS[level],
      disabledReason: beyondRoleReason(scopesFromLevels({ ...NO_ACCESS, [resource]: level }), role),
    }));
  }

  return (
    <div className="grid gap-4">
      <ChoiceGroup
        label="Permissions"
        value={value.preset}
        onValueChange={(preset) => onChange({ ...value, preset })}
        choices={presetChoices}
        errors={fieldErrors.preset}
      />
      {value.preset === "restricted" ? (
        <div className="grid gap-3 rounded-md border p-3">
          {RESOURCES.map((resource) => (
            <ChoiceGroup
              key={resource}
              layout="row"
              label={RESOURCE_LABELS[resource]}
              value={value.levels[resource]}
              onValueChange={(level) =>
                onChange({ ...value, levels: { ...value.levels, [resource]: level } })
              }
              choices={levelChoices(resource)}
              errors={fieldErrors[resource]}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
