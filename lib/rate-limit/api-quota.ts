import { env } from "@/lib/env";
import { retryAfterSeconds, windowStore } from "./store";

const WINDOW_MS = 60_000;
/** Failed authentications a minute from one address before it gets 429s (brute force and load shedding). */
export const MAX_AUTH_FAILURES_PER_MINUTE = 60;

export type Quota = { allowed: boolean; limit: number; remaining: number; resetAt: number };

/** Takes one request from the key's per-minute quota (`RATE_LIMIT_PER_MINUTE`); a refused request takes none. */
export async function consumeApiQuota(subject: string): Promise<Quota> {
  const limit = env().RATE_LIMIT_PER_MINUTE;
  const window = await windowStore().consume(`ratelimit:${subject}`, limit, WINDOW_MS);
  return {
    allowed: window.allowed,
    limit,
    remaining: Math.max(limit - window.count, 0),
    resetAt: window.resetAt,
  };
}

/** X-RateLimit-* and the IETF RateLimit-Policy / RateLimit fields; Retry-After (seconds) on a refusal. */
export function quotaHeaders(quota: Quota): Record<string, string> {
  const resetSeconds = Math.max(Math.ceil((quota.resetAt - Date.now()) / 1000), 0);
  return {
    "X-RateLimit-Limit": String(quota.limit),
    "X-RateLimit-Remaining": String(quota.remaining),
    "X-RateLimit-Reset": String(Math.ceil(quota.resetAt / 1000)),
    "RateLimit-Policy": `"per-key";q=${quota.limit};w=${WINDOW_MS / 1000}`,
    RateLimit: `"per-key";r=${quota.remaining};t=${resetSeconds}`,
    ...(quota.allowed ? {} : { "Retry-After": String(retryAfterSeconds(quota.resetAt)) }),
  };
}

export async function isAuthThrottled(address: string): Promise<boolean> {
  const window = await windowStore().get(`authfail:${address}`);
  return (window?.count ?? 0) >= MAX_AUTH_FAILURES_PER_MINUTE;
}

export async function recordAuthFailure(address: string): Promise<void> {
  await windowStore().increment(`authfail:${address}`, WINDOW_MS);
}
