import type { AuditLog } from "@/db/schema";
import { PRESET_LABELS, type Preset } from "@/lib/api-keys/permissions";
import { formatDate } from "@/lib/format-time";
import { isRole, ROLE_LABELS } from "@/lib/roles";
import { editChanges } from "./edit-changes";

function duration(seconds: number): string {
  if (seconds % 86_400 === 0) return plural(seconds / 86_400, "day");
  if (seconds % 3600 === 0) return plural(seconds / 3600, "hour");
  if (seconds % 60 === 0) return plural(seconds / 60, "minute");
  return plural(seconds, "second");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function roleLabel(value: unknown): string | null {
  return isRole(value) ? ROLE_LABELS[value] : null;
}

function dateLabel(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : formatDate(date);
}

function lifetimeLabel(value: unknown): string | null {
  if (value === null) return "no limit";
  return typeof value === "number" ? plural(value, "day") : null;
}

function yesNo(value: unknown): string | null {
  return typeof value === "boolean" ? (value ? "yes" : "no") : null;
}

/** A key policy change as "Max lifetime: no limit → 30 days · …", one part per rule that changed. */
function policyChanges(metadata: NonNullable<AuditLog["metadata"]>): string[] {
  const rules = [
    ["Max lifetime", "maxLifetimeDays", lifetimeLabel],
    ["Members may create keys", "membersMayCreate", yesNo],
    ["Machine keys need an IP allowlist", "machineKeysRequireAllowlist", yesNo],
  ] as const;
  return rules.flatMap(([label, field, format]) => {
    const [before, after] = [format(metadata[`${field}Before`]), format(metadata[`${field}After`])];
    return before && after && before !== after ? [`${label}: ${before} → ${after}`] : [];
  });
}

/** A new key's (or an old edit entry's) state: preset, machine owner, expiry. */
function createdDetails(metadata: NonNullable<AuditLog["metadata"]>): string[] {
  const parts: string[] = [];
  const preset = metadata.permissions;
  if (typeof preset === "string" && preset in PRESET_LABELS) parts.push(PRESET_LABELS[preset as Preset]);
  if (metadata.owner === "machine") parts.push("machine user");
  const expires = dateLabel(metadata.expiresAt);
  parts.push(expires ? `expires ${expires}` : "never expires");
  return parts;
}

/** One line about what changed: the key's display form, the role change, the grace period… */
export function auditDetails(entry: Pick<AuditLog, "action" | "metadata">): string {
  const metadata = entry.metadata ?? {};
  const parts: string[] = [];
  if (typeof metadata.key === "string") parts.push(metadata.key);

  switch (entry.action) {
    case "api_key.updated": {
      const changes = editChanges(metadata);
      if (changes) {
        parts.push(...changes);
        break;
      }
      parts.push(...createdDetails(metadata));
      break;
    }
    case "api_key.created":
      parts.push(...createdDetails(metadata));
      break;
    case "publishable_key.regenerated":
      if (typeof metadata.previousKey === "string") parts.push(`replaces ${metadata.previousKey}`);
      break;
    case "api_key.rolled": {
      const grace = metadata.gracePeriodSeconds;
      if (typeof grace === "number") {
        parts.push(grace > 0 ? `old key valid for ${duration(grace)}` : "old key stopped at once");
      }
      break;
    }
    case "api_key.revoked":
      if (typeof metadata.reason === "string") parts.push(metadata.reason);
      break;
    case "api_key.expired": {
      const expired = dateLabel(metadata.expiresAt);
      if (expired) parts.push(`expired ${expired}`);
      break;
    }
    case "api_key.leaked":
      if (typeof metadata.url === "string") parts.push(`found in public code at ${metadata.url}`);
      break;
    case "member.role_changed": {
      const [from, to] = [roleLabel(metadata.from), roleLabel(metadata.to)];
      if (from && to) parts.push(`Role: ${from.toLowerCase()} → ${to.toLowerCase()}`);
      break;
    }
    case "member.invited":
    case "member.joined":
    case "invitation.revoked":
    case "invitation.declined": {
      const role = roleLabel(metadata.role);
      if (role) parts.push(`as ${role.toLowerCase()}`);
      if (metadata.newLink === true) parts.push("new link");
      break;
    }
    case "key_policy.updated":
      parts.push(...policyChanges(metadata));
      break;
    case "member.removed":
    case "member.left":
      if (typeof metadata.revokedKeys === "number" && metadata.revokedKeys > 0) {
        parts.push(`${plural(metadata.revokedKeys, "API key")} revoked`);
      }
      break;
  }
  return parts.join(" · ");
}
