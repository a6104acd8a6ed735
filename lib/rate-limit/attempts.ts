import type { WindowStore } from "./memory-store";
import { retryAfterSeconds, windowStore } from "./store";

/** How many attempts one counter allows per window. */
export type AttemptLimit = { limit: number; windowMs: number };

/** One counter an attempt is charged to: its store key and its limit. */
export type AttemptCounter = AttemptLimit & { key: string };

export type AttemptOutcome<T> =
  | { throttled: true; retryAfterSeconds: number }
  | { throttled: false; value: T | null };

/**
 * Runs `check` (a password comparison) only after one attempt has been taken from every counter, atomically
 * in the store, so a burst of any size gets at most the smallest limit's worth of checks. A refused attempt
 * gives back what it took from the counters before the refusing one; an attempt whose check succeeds (returns
 * a value) gives back all of them, so only failures and attempts still in flight count.
 */
export async function guardedAttempt<T>(
  counters: AttemptCounter[],
  check: () => Promise<T | null>,
  store: WindowStore = windowStore(),
): Promise<AttemptOutcome<T>> {
  const taken: string[] = [];
  for (const counter of counters) {
    const window = await store.consume(counter.key, counter.limit, counter.windowMs);
    if (!window.allowed) {
      await Promise.all(taken.map((key) => store.release(key)));
      return {
        throttled: true,
        retryAfterSeconds: retryAfterSeconds(window.resetAt),
      };
    }
    taken.push(counter.key);
  }
  const value = await check();
  if (value !== null) await Promise.all(taken.map((key) => store.release(key)));
  return { throttled: false, value };
}
