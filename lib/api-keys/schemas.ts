import { z } from "zod";
import { singleLineText } from "@/lib/safe-text";
import { parseAllowlist } from "./ip-allowlist";
import { ACCESS_LEVELS, type Permission, scopesForPreset, scopesFromLevels } from "./permissions";

/** Expiry choices of the create and edit forms; "keep" only when editing. */
export const EXPIRY_CHOICES = ["never", "7d", "30d", "90d", "1y", "date"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number] | "keep";
export const EXPIRY_LABELS: Record<ExpiryChoice, string> = {
  keep: "Keep current",
  never: "Never",
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "1y": "1 year",
  date: "A date",
};
/** The days each preset expiry choice lasts. */
export const EXPIRY_DAYS = { "7d": 7, "30d": 30, "90d": 90, "1y": 365 } as const;

/** How long a rolled-out secret keeps working. */
export const GRACE_PERIODS = ["now", "1h", "24h", "7d"] as const;
export type GracePeriod = (typeof GRACE_PERIODS)[number];
export const GRACE_PERIOD_LABELS: Record<GracePeriod, string> = {
  now: "Now",
  "1h": "1 hour",
  "24h": "24 hours",
  "7d": "7 days",
};
export const GRACE_PERIOD_SECONDS: Record<GracePeriod, number> = {
  now: 0,
  "1h": 3_600,
  "24h": 86_400,
  "7d": 604_800,
};

export const KEY_OWNERS = ["self", "machine"] as const;

const level = z.enum(ACCESS_LEVELS);

/** Name, permissions and expiry, as the create and edit forms send them (flat, so errors map to fields). */
const keyFields = {
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(50, "Use at most 50 characters")
    .refine(...singleLineText),
  preset: z.enum(["all", "read_only", "restricted"]),
  links: level.default("none"),
  tags: level.default("none"),
  domains: level.default("none"),
  analytics: z.enum(["none", "read"]).default("none"),
  expiresOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date")
    .optional(),
  allowedIps: allowedIpsField(),
};

/**
 * "Allowed IP addresses": the textarea's text → normalised CIDR ranges, every bad line its own error. Not sent:
 * undefined (a new key allows any address, an edited one keeps its list).
 */
function allowedIpsField() {
  return z
    .string()
    .max(20_000, "Use at most 100 addresses or ranges")
    .transform((text, ctx) => {
      const parsed = parseAllowlist(text);
      if (parsed.ok) return parsed.entries;
      for (const message of parsed.errors) ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    })
    .optional();
}

function checkDate(input: { expiresIn: string; expiresOn?: string | undefined }, ctx: z.RefinementCtx) {
  if (input.expiresIn !== "date") return;
  const date = input.expiresOn ? endOfDayUtc(input.expiresOn) : null;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick a date" });
  } else if (date.getTime() <= Date.now()) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick a date in the future" });
  } else if (date.getTime() > Date.now() + 10 * 366 * 86_400_000) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick a date within 10 years" });
  }
}

export const createApiKeySchema = z
  .object({ ...keyFields, owner: z.enum(KEY_OWNERS), expiresIn: z.enum(EXPIRY_CHOICES) })
  .superRefine(checkDate);
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const updateApiKeySchema = z
  .object({ ...keyFields, keyId: z.string().min(1), expiresIn: z.enum([...EXPIRY_CHOICES, "keep"]) })
  .superRefine(checkDate);
export type UpdateApiKeyInput = z.input<typeof updateApiKeySchema>;

export const rollApiKeySchema = z.object({ keyId: z.string().min(1), grace: z.enum(GRACE_PERIODS) });
export const revokeApiKeySchema = z.object({ keyId: z.string().min(1) });

/** The permissions a submitted form asks for. */
export function scopesFromForm(
  input: z.output<typeof createApiKeySchema> | z.output<typeof updateApiKeySchema>,
): Permission[] {
  if (input.preset !== "restricted") return scopesForPreset(input.preset);
  return scopesFromLevels({
    links: input.links,
    tags: input.tags,
    domains: input.domains,
    analytics: input.analytics,
  });
}

function endOfDayUtc(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

/** The expiry a form asks for: a date, null for never, undefined to keep the current one. */
export function expiresAtFromForm(
  input: { expiresIn: ExpiryChoice; expiresOn?: string | undefined },
  now = Date.now(),
): Date | null | undefined {
  switch (input.expiresIn) {
    case "keep":
      return undefined;
    case "never":
      return null;
    case "date":
      return endOfDayUtc(input.expiresOn ?? "");
    default:
      return new Date(now + EXPIRY_DAYS[input.expiresIn] * 86_400_000);
  }
}
