import { randomBytes, timingSafeEqual } from "node:crypto";
import { processSingleton } from "@/lib/process-singleton";
import type { Quota } from "@/lib/rate-limit/api-quota";

/**
 * The proxy marks a request it has already counted against the rate limit with a random per-process token and
 * the quota it found (`token.limit.remaining.resetAt`). A client cannot guess the token, and the proxy strips
 * any copy a client sends. It never stands in for the handler's own key and permission check: it spares the
 * handler a second count of the same request, and lets the handler's response carry the rate-limit headers
 * (cheaper than adding them to the proxy's pass-through response, which Next would then merge).
 */
export const GATE_HEADER = "x-codeqr-gate";

function gateToken(): string {
  return processSingleton("proxy-gate-token", () => randomBytes(32).toString("hex"));
}

/** The header value for a request the proxy let through with `quota`. */
export function gateValue(quota: Quota): string {
  return [gateToken(), quota.limit, quota.remaining, quota.resetAt].join(".");
}

/** The quota the proxy found for this request, or null if the proxy did not let it through (or it is forged). */
export function quotaFromProxy(headers: Headers): Quota | null {
  const [token = "", ...numbers] = headers.get(GATE_HEADER)?.split(".") ?? [];
  const expected = Buffer.from(gateToken());
  const actual = Buffer.from(token);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const [limit, remaining, resetAt] = numbers.map(Number);
  if (![limit, remaining, resetAt].every((value) => Number.isSafeInteger(value))) return null;
  return { allowed: true, limit: limit ?? 0, remaining: remaining ?? 0, resetAt: resetAt ?? 0 };
}
