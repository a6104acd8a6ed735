import { Redis } from "ioredis";
import { logger } from "@/lib/logger";
import type { WindowCount, WindowStore } from "./memory-store";

// Both scripts run atomically in Redis, so instances sharing one Redis share one count per key.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}`;

const CONSUME = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[2]) then return {count, redis.call('PTTL', KEYS[1]), 0} end
count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1]), 1}`;

const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then count = redis.call('DECR', KEYS[1]) end
return {count, redis.call('PTTL', KEYS[1])}`;

/** Fixed-window counters in Redis (REDIS_URL). If Redis fails, requests are let through and the failure logged. */
export class RedisWindowStore implements WindowStore {
  private readonly redis: Redis;

  /** `prefix` keeps apart the counters of runs that share one Redis (REDIS_KEY_PREFIX; tests use one per run). */
  constructor(
    url: string,
    private readonly prefix = "",
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    this.redis.on("error", (error) => logger().warn({ err: error.message }, "redis error"));
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const result = await this.eval(INCREMENT, key, [windowMs]);
    if (!result) return { count: 0, resetAt: Date.now() + windowMs };
    return { count: result.count, resetAt: Date.now() + Math.max(result.ttl, 0) };
  }

  async get(key: string): Promise<WindowCount | null> {
    try {
      const [count, ttl] = await Promise.all([
        this.redis.get(this.prefix + key),
        this.redis.pttl(this.prefix + key),
      ]);
      return count === null ? null : { count: Number(count), resetAt: Date.now() + Math.max(ttl, 0) };
    } catch (error) {
      logger().warn({ err: (error as Error).message }, "rate-limit store unavailable; allowing");
      return null;
    }
  }

  async consume(key: string, limit: number, windowMs: number) {
    const result = await this.eval(CONSUME, key, [windowMs, limit]);
    if (!result) return { count: 0, resetAt: Date.now() + windowMs, allowed: true };
    return { count: result.count, resetAt: Date.now() + Math.max(result.ttl, 0), allowed: result.flag === 1 };
  }

  async release(key: string): Promise<void> {
    await this.eval(RELEASE, key, []);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }

  private async eval(
    script: string,
    key: string,
    args: number[],
  ): Promise<{ count: number; ttl: number; flag: number } | null> {
    try {
      const [count = 0, ttl = 0, flag = 1] = (await this.redis.eval(
        script,
        1,
        this.prefix + key,
        ...args,
      )) as number[];
      return { count, ttl, flag };
    } catch (error) {
      logger().warn({ err: (error as Error).message }, "rate-limit store unavailable; allowing");
      return null;
    }
  }
}
