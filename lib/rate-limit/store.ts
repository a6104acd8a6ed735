import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { MemoryWindowStore, type WindowStore } from "./memory-store";
import { RedisWindowStore } from "./redis-store";

/** The process's counters: Redis when REDIS_URL is set (shared by every instance), else this process's memory. */
export function windowStore(): WindowStore {
  return processSingleton("rate-limit-store", () => {
    const url = env().REDIS_URL;
    return url ? new RedisWindowStore(url, env().REDIS_KEY_PREFIX) : new MemoryWindowStore();
  });
}

/** Whole seconds until a window resets, at least 1: a Retry-After value. */
export function retryAfterSeconds(resetAt: number, now = Date.now()): number {
  return Math.max(Math.ceil((resetAt - now) / 1000), 1);
}
