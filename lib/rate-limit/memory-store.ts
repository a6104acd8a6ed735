import { BoundedMap } from "@/lib/bounded-map";

export type WindowCount = { count: number; resetAt: number };

/** Fixed-window counters; in memory by default, in Redis when several instances must share them. */
export interface WindowStore {
  /** Adds one to `key`'s current window and returns it. */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  get(key: string): Promise<WindowCount | null>;
  /** Adds one only while the window is below `limit`; a refused call consumes nothing. */
  consume(key: string, limit: number, windowMs: number): Promise<WindowCount & { allowed: boolean }>;
  /** Gives back one consumed unit of `key`'s current window (never below zero); no-op once it has ended. */
  release(key: string): Promise<void>;
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
    const window = this.liveWindow(key, now) ?? this.startWindow(key, windowMs, now);
    window.count += 1;
    return { ...window };
  }

  /** One lookup per call: this runs on every API request. */
  async consume(key: string, limit: number, windowMs: number, now = Date.now()) {
    const live = this.liveWindow(key, now);
    if (live && live.count >= limit) return { ...live, allowed: false };
    const window = live ?? this.startWindow(key, windowMs, now);
    window.count += 1;
    return { ...window, allowed: true };
  }

  async release(key: string, now = Date.now()): Promise<void> {
    const live = this.liveWindow(key, now);
    if (live && live.count > 0) live.count -= 1;
  }

  async get(key: string, now = Date.now()): Promise<WindowCount | null> {
    const live = this.liveWindow(key, now);
    return live ? { ...live } : null;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private liveWindow(key: string, now: number): WindowCount | undefined {
    const window = this.windows.get(key);
    return window && window.resetAt > now ? window : undefined;
  }

  private startWindow(key: string, windowMs: number, now: number): WindowCount {
    const window = { count: 0, resetAt: now + windowMs };
    this.windows.set(key, window);
    return window;
  }
}
