import { windowStore } from "./store";

/** Current-password checks a person gets per window on the Account page, counted before each check runs. */
export const MAX_PASSWORD_CHECKS = 5;
export const PASSWORD_CHECK_WINDOW_MS = 15 * 60_000;

/**
 * Spends one current-password check of the user's window; false once the window's checks are spent. Counted
 * per user (not per address): the guesser already holds a session of this user, from wherever.
 */
export async function consumePasswordCheck(userId: string): Promise<boolean> {
  const { allowed } = await windowStore().consume(
    `password-change:user:${userId}`,
    MAX_PASSWORD_CHECKS,
    PASSWORD_CHECK_WINDOW_MS,
  );
  return allowed;
}
