import { randomBytes, timingSafeEqual } from "node:crypto";
import { processSingleton } from "@/lib/process-singleton";
import type { Quota } from "@/lib/rate-limit/api-quota";

/**
 * The proxy's receipt: it marks a request it has already throttled and counted against the rate limit with a
 * random per-process token and the quota it found (`token.limit.remaining.resetAt`). A client cannot guess the token, and the proxy strips
 * any copy a client sends. It never stands in for the handler's own key and permission check: it spares the
 * handler a second count of the same request, and lets the handler's response carry the rate-limit headers
 * (cheaper than adding them to the proxy's pass-through response, which Next would then merge).
 */
export const PROXY_RECEIPT_HEADER = "x-codeqr-proxy-receipt";

function receiptToken(): string {
  return processSingleton("proxy-receipt-token", () => randomBytes(32).toString("hex"));
}

/** The receipt for a request the proxy let through with `quota`. */
export function issueProxyReceipt(quota: Quota): string {
  return [receiptToken(), quota.limit, quota.remaining, quota.resetAt].join(".");
}

/** The quota the proxy found for this request, or null if the proxy did not let it through (or it is forged). */
export function readProxyReceipt(headers: Headers): Quota | null {
  const [token = "", ...numbers] = headers.get(PROXY_RECEIPT_HEADER)?.split(".") ?? [];
  const expected = Buffer.from(receiptToken());
  const actual = Buffer.from(token);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const [limit, remaining, resetAt] = numbers.map(Number);
  if (![limit, remaining, resetAt].every((value) => Number.isSafeInteger(value))) return null;
  return { allowed: true, limit: limit ?? 0, remaining: remaining ?? 0, resetAt: resetAt ?? 0 };
}
