import type { AttemptLimit } from "./attempts";
import type { WindowStore } from "./memory-store";
import { windowStore } from "./store";

/** Sign-up attempts an hour from one address, whether or not the email was free. */
export const SIGN_UPS_PER_ADDRESS: AttemptLimit = { limit: 5, windowMs: 60 * 60_000 };

/**
 * Takes one sign-up attempt from the address's hourly allowance before anything is looked up, so the
 * "email already exists" answer can be asked at most that often; a refused attempt takes nothing.
 */
export async function takeSignUpAttempt(
  address: string,
  store: WindowStore = windowStore(),
): Promise<{ allowed: boolean }> {
  const { limit, windowMs } = SIGN_UPS_PER_ADDRESS;
  const window = await store.consume(`signup:ip:${address}`, limit, windowMs);
  return { allowed: window.allowed };
}
