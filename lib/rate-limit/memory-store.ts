import { BoundedMap } from "@/lib/bounded-map";

export type WindowCount = { count: number; resetAt: number };

/** Fixed-window counters; in memory by default, in Redis when several instances must share them. */
export interface WindowStore {
  /** Adds one to `key`'s current window and returns it. */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  get(key: string): Promise<WindowCount | null>;
  /** Adds one only while the window is below `limit`; a refused call consumes nothing. */
  consume(key: string, limit: number, windowMs: number): Promise<WindowCount & { allowed: boolean }>;
}

/**
 * At most this many counters are kept. Beyond it (a flood from over 100,000 addresses or keys within a window)
 * the counters least recently used are forgotten first, so that memory and the cost of a request stay flat.
 */
const MAX_KEYS = 100_000;

/** Fixed-window counters in this process's memory; the default when no REDIS_URL is set. */
export class MemoryWindowStore implements WindowStore {
  private readonly windows = new BoundedMap<string, WindowCount>(MAX_KEYS);

  /** Adds one to `key`'s current window and returns it. */
  async increment(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const current = this.windows.get(key);
    if (current && current.resetAt > now) {
      current.count += 1;
      return { ...current };
    }
    const fresh = { count: 1, resetAt: now + windowMs };
    this.windows.set(key, fresh);
    return { ...fresh };
  }

  async consume(key: string, limit: number, windowMs: number, now = Date.now()) {
    const current = await this.get(key, now);
    if (current && current.count >= limit) return { ...current, allowed: false };
    return { ...(await this.increment(key, windowMs, now)), allowed: true };
  }

  async get(key: string, now = Date.now()): Promise<WindowCount | null> {
    const current = this.windows.get(key);
    return current && current.resetAt > now ? { ...current } : null;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }
}
