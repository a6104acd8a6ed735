import { type AttemptLimit, type AttemptOutcome, guardedAttempt } from "./attempts";
import type { WindowStore } from "./memory-store";
import { windowStore } from "./store";

/** Password attempts a minute on one protected short link from one address. */
export const SHORT_LINK_PASSWORD_ATTEMPTS: AttemptLimit = { limit: 10, windowMs: 60_000 };

/**
 * One password attempt on a protected link, counted per (link, address) before `check` compares it; a
 * right password gives its attempt back.
 */
export function attemptShortLinkPassword<T>(
  attempt: { linkId: string; address: string },
  check: () => Promise<T | null>,
  store: WindowStore = windowStore(),
): Promise<AttemptOutcome<T>> {
  const counter = {
    key: `link-password:${attempt.linkId}:${attempt.address}`,
    ...SHORT_LINK_PASSWORD_ATTEMPTS,
  };
  return guardedAttempt([counter], check, store);
}
