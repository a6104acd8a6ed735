/** A key within this many days of its expiry is "expiring soon". */
export const EXPIRING_SOON_DAYS = 7;

const DAY_MS = 86_400_000;

export type ExpiryStatus =
  | { kind: "never" }
  | { kind: "expired" }
  | { kind: "soon"; days: number }
  | { kind: "later" };

/** Where a key stands against its expiry at `now`; "soon" counts whole days left, rounded up. */
export function expiryStatus(expiresAt: Date | null, now: number): ExpiryStatus {
  if (!expiresAt) return { kind: "never" };
  const left = expiresAt.getTime() - now;
  if (left <= 0) return { kind: "expired" };
  if (left <= EXPIRING_SOON_DAYS * DAY_MS) return { kind: "soon", days: Math.ceil(left / DAY_MS) };
  return { kind: "later" };
}

/** "Expires in 3 days", "Expires in 1 day". */
export function expiresInLabel(days: number): string {
  return `Expires in ${days} ${days === 1 ? "day" : "days"}`;
}
