/** What the keys table filters by; a revoked key stays revoked whatever its expiry. */
export const KEY_STATUSES = ["active", "expired", "revoked"] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

/** Where a key stands at `now` (ms): revoked wins over expired; an expiry at `now` has passed. */
export function keyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now: number): KeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= now) return "expired";
  return "active";
}
