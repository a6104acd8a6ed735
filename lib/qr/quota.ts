import "server-only";
import { retryAfterSeconds, windowStore } from "@/lib/rate-limit/store";

/** Fresh QR codes one address may have drawn a minute; cached ones (the same parameters) are free. */
export const QR_RENDERS_PER_MINUTE = 120;
const WINDOW_MS = 60_000;

/** Takes one render from the address's quota: null when allowed, else the seconds to wait. */
export async function takeQrRender(address: string): Promise<number | null> {
  const window = await windowStore().consume(`qr:${address}`, QR_RENDERS_PER_MINUTE, WINDOW_MS);
  return window.allowed ? null : retryAfterSeconds(window.resetAt);
}
