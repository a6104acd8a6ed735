export type WindowCount = { count: number; resetAt: number };

const MAX_KEYS = 100_000;

/** Fixed-window counters in this process's memory; the default when no REDIS_URL is set. */
export class MemoryWindowStore {
  private readonly windows = new Map<string, WindowCount>();

  /** Adds one to `key`'s current window and returns it. */
  async increment(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const current = this.windows.get(key);
    if (current && current.resetAt > now) {
      current.count += 1;
      return { ...current };
    }
    if (this.windows.size >= MAX_KEYS) this.sweep(now);
    const fresh = { count: 1, resetAt: now + windowMs };
    this.windows.set(key, fresh);
    return { ...fresh };
  }

  async get(key: string, now = Date.now()): Promise<WindowCount | null> {
    const current = this.windows.get(key);
    return current && current.resetAt > now ? { ...current } : null;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full of live windows: drop the oldest entries rather than grow without bound.
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}
