import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { RedisWindowStore } from "./redis-store";

const url = process.env.REDIS_URL;

describe.skipIf(!url)("RedisWindowStore (REDIS_URL)", () => {
  const stores = url ? [new RedisWindowStore(url), new RedisWindowStore(url)] : [];
  const [a, b] = stores;
  afterAll(() => Promise.all(stores.map((store) => store.close())));
  const key = () => `test:${randomBytes(6).toString("hex")}`;

  it("two connections (two instances) count one window", async () => {
    if (!a || !b) throw new Error("no stores");
    const k = key();
    expect((await a.increment(k, 60_000)).count).toBe(1);
    expect((await b.increment(k, 60_000)).count).toBe(2);
    expect((await a.get(k))?.count).toBe(2);
  });

  it("consume stops at the limit without counting refusals", async () => {
    if (!a || !b) throw new Error("no stores");
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).consume(k, 5, 60_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect((await a.get(k))?.count).toBe(5);
  });

  it("release gives back one unit, never below zero, and keeps the window's expiry", async () => {
    if (!a || !b) throw new Error("no stores");
    const k = key();
    await a.consume(k, 2, 60_000);
    await b.consume(k, 2, 60_000);
    expect((await a.consume(k, 2, 60_000)).allowed).toBe(false);
    await b.release(k);
    expect(await a.consume(k, 2, 60_000)).toMatchObject({ count: 2, allowed: true });
    await Promise.all([a.release(k), b.release(k), a.release(k)]);
    const window = await a.get(k);
    expect(window?.count).toBe(0);
    expect((window?.resetAt ?? 0) - Date.now()).toBeGreaterThan(50_000);
    await a.release(key());
    expect(await a.get(k)).toMatchObject({ count: 0 });
  });

  it("a window ends after its length", async () => {
    if (!a) throw new Error("no stores");
    const k = key();
    const window = await a.increment(k, 50);
    expect(window.resetAt - Date.now()).toBeLessThanOrEqual(50);
    // Redis expires the window itself: poll for it rather than sleeping a guessed time.
    await expect.poll(() => a.get(k), { interval: 10, timeout: 2_000 }).toBeNull();
  });

  it("keeps the counters of different prefixes apart, and shares those of one prefix", async () => {
    if (!url) throw new Error("no REDIS_URL");
    const run = randomBytes(4).toString("hex");
    const first = [new RedisWindowStore(url, `run-a-${run}:`), new RedisWindowStore(url, `run-a-${run}:`)];
    const second = new RedisWindowStore(url, `run-b-${run}:`);
    try {
      const k = key();
      expect((await first[0]?.increment(k, 60_000))?.count).toBe(1);
      expect((await first[1]?.increment(k, 60_000))?.count).toBe(2);
      expect((await second.increment(k, 60_000)).count).toBe(1);
      expect((await a?.get(k)) ?? null).toBeNull();
    } finally {
      await Promise.all([...first, second].map((store) => store?.close()));
    }
  });
});
