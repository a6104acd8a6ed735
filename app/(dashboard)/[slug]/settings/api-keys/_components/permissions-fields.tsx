"use client";

import { TriangleAlertIcon } from "lucide-react";
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

/** A Restricted key with every resource at "None": it can only call GET /api/oauth/userinfo. */
function grantsNothing(levels: ResourceLevels): boolean {
  return RESOURCES.every((resource) => levels[resource] === "none");
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
        <div className="grid min-w-0 gap-3 rounded-md border p-3">
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
          {/* Present while Restricted is chosen, so the warning is announced when it appears. */}
          <div role="status" className="-mt-3 not-empty:mt-0">
            {grantsNothing(value.levels) ? (
              <p className="flex items-start gap-2 rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm">
                <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
                <span>
                  This key grants no permissions: every request it makes except identifying itself is refused.
                  Choose Read or Write for at least one resource.
                </span>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
