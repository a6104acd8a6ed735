import type { AuditLog } from "@/db/schema";
import { PRESET_LABELS, type Preset } from "@/lib/api-keys/permissions";
import { formatDate } from "@/lib/format-time";

type Metadata = NonNullable<AuditLog["metadata"]>;

function expiryLabel(value: unknown): string | null {
  if (value === null) return "never";
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : formatDate(date);
}

function listLabel(value: unknown, empty: string): string | null {
  if (!Array.isArray(value)) return null;
  return value.length > 0 ? value.join(", ") : empty;
}

/** A preset, or for Restricted keys the exact scopes, since two Restricted keys can grant different things. */
function permissionsLabel(preset: unknown, scopes: unknown): string | null {
  if (typeof preset !== "string" || !(preset in PRESET_LABELS)) return null;
  const label = PRESET_LABELS[preset as Preset];
  const list = preset === "restricted" ? listLabel(scopes, "nothing") : null;
  return list ? `${label} (${list})` : label;
}

/**
 * A key edit as "Name: a → b", "Permissions: …", "Allowed IPs: …", "Expires: …", one part per field that
 * changed; null for entries written before edits recorded their before-values (those render as before).
 */
export function editChanges(metadata: Metadata): string[] | null {
  if (!("nameBefore" in metadata)) return null;
  const fields: [string, string | null, string | null][] = [
    [
      "Name",
      typeof metadata.nameBefore === "string" ? metadata.nameBefore : null,
      stringOrNull(metadata.name),
    ],
    [
      "Permissions",
      permissionsLabel(metadata.permissionsBefore, metadata.scopesBefore),
      permissionsLabel(metadata.permissions, metadata.scopes),
    ],
    ["Allowed IPs", listLabel(metadata.allowedIpsBefore, "any"), listLabel(metadata.allowedIps, "any")],
    ["Expires", expiryLabel(metadata.expiresAtBefore), expiryLabel(metadata.expiresAt)],
  ];
  const changes = fields.flatMap(([label, before, after]) =>
    before !== null && after !== null && before !== after ? [`${label}: ${before} → ${after}`] : [],
  );
  return changes.length > 0 ? changes : ["no changes"];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
