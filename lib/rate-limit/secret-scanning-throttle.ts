import "server-only";
import type { AttemptLimit } from "./attempts";
import { retryAfterSeconds, windowStore } from "./store";

/** Reports one address may post a minute to the secret scanning endpoint (GitHub batches its matches). */
export const SECRET_SCANNING_REPORTS_PER_ADDRESS: AttemptLimit = { limit: 30, windowMs: 60_000 };

/** Takes one report from the address's allowance, before the signature is checked: null when allowed, else the seconds to wait. */
export async function takeSecretScanningReport(address: string): Promise<number | null> {
  const { limit, windowMs } = SECRET_SCANNING_REPORTS_PER_ADDRESS;
  const window = await windowStore().consume(`secret-scanning:ip:${address}`, limit, windowMs);
  return window.allowed ? null : retryAfterSeconds(window.resetAt);
}
