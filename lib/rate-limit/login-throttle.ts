import { type AttemptLimit, type AttemptOutcome, guardedAttempt } from "./attempts";
import type { WindowStore } from "./memory-store";
import { windowStore } from "./store";

const MINUTE = 60_000;

/** Sign-in attempts a minute for one email from one address: guessing one account's password. */
export const SIGN_IN_PER_EMAIL_AND_ADDRESS: AttemptLimit = { limit: 10, windowMs: MINUTE };
/** Sign-in attempts a minute from one address, whatever the email: trying many accounts. */
export const SIGN_IN_PER_ADDRESS: AttemptLimit = { limit: 30, windowMs: MINUTE };
/**
 * Sign-in attempts an hour for one email from all addresses together: the ceiling on a guesser who rotates
 * addresses. It is the one limit another address can exhaust for a user, hence its longer, higher window.
 */
export const SIGN_IN_PER_EMAIL: AttemptLimit = { limit: 100, windowMs: 60 * MINUTE };

/** Narrowest first, so that an address already refused never eats into the email's shared ceiling. */
function countersFor(email: string, address: string) {
  const normalized = email.toLowerCase();
  return [
    { key: `login:email-ip:${normalized}:${address}`, ...SIGN_IN_PER_EMAIL_AND_ADDRESS },
    { key: `login:ip:${address}`, ...SIGN_IN_PER_ADDRESS },
    { key: `login:email:${normalized}`, ...SIGN_IN_PER_EMAIL },
  ];
}

/**
 * One sign-in attempt: counted against every sign-in limit before `verify` runs (a burst gets at most
 * `SIGN_IN_PER_EMAIL_AND_ADDRESS.limit` password checks), never verified when throttled. A successful
 * sign-in gives its attempt back; failures count until their window ends.
 */
export function attemptSignIn<T>(
  attempt: { email: string; address: string },
  verify: () => Promise<T | null>,
  store: WindowStore = windowStore(),
): Promise<AttemptOutcome<T>> {
  return guardedAttempt(countersFor(attempt.email, attempt.address), verify, store);
}
