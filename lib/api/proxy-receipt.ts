import { randomBytes, timingSafeEqual } from "node:crypto";
import { processSingleton } from "@/lib/process-singleton";
import type { Quota } from "@/lib/rate-limit/api-quota";
import { isRequestId } from "@/lib/request-log/request-id";

/**
 * The proxy's receipt: it marks a request it has already throttled and counted against the rate limit with a
 * random per-process token, the quota it found, the request's id and when it arrived
 * (`token.limit.remaining.resetAt.requestId.startedAt`). A client cannot guess the token, and the proxy strips
 * any copy a client sends. It never stands in for the handler's own key and permission check: it spares the
 * handler a second count of the same request, and lets the handler's response carry the rate-limit headers
 * (cheaper than adding them to the proxy's pass-through response, which Next would then merge), and the same
 * request id and duration in the request log as a refusal by the proxy would have had.
 */
export const PROXY_RECEIPT_HEADER = "x-codeqr-proxy-receipt";

function receiptToken(): string {
  return processSingleton("proxy-receipt-token", () => randomBytes(32).toString("hex"));
}

/** What the proxy hands the handler: the quota it took, the request's id, and its `performance.now()` on arrival. */
export type ProxyReceipt = { quota: Quota; requestId: string; startedAt: number };

/** The receipt for a request the proxy let through. */
export function issueProxyReceipt({ quota, requestId, startedAt }: ProxyReceipt): string {
  return [receiptToken(), quota.limit, quota.remaining, quota.resetAt, requestId, Math.floor(startedAt)].join(
    ".",
  );
}

/** What the proxy found for this request, or null if the proxy did not let it through (or it is forged). */
export function readProxyReceipt(headers: Headers): ProxyReceipt | null {
  const [token = "", limitText, remainingText, resetText, requestId = "", startedText] =
    headers.get(PROXY_RECEIPT_HEADER)?.split(".") ?? [];
  const expected = Buffer.from(receiptToken());
  const actual = Buffer.from(token);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const [limit, remaining, resetAt, startedAt] = [limitText, remainingText, resetText, startedText].map(
    Number,
  );
  if (![limit, remaining, resetAt, startedAt].every((value) => Number.isSafeInteger(value))) return null;
  if (!isRequestId(requestId)) return null;
  return {
    quota: { allowed: true, limit: limit ?? 0, remaining: remaining ?? 0, resetAt: resetAt ?? 0 },
    requestId,
    startedAt: startedAt ?? 0,
  };
}
