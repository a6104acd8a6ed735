import { describe, expect, it } from "vitest";
import { MemoryWindowStore } from "./memory-store";

describe("MemoryWindowStore", () => {
  it("counts within a window and starts again after it", async () => {
    const store = new MemoryWindowStore();
    expect(await store.increment("k", 1_000, 0)).toEqual({ count: 1, resetAt: 1_000 });
    expect(await store.increment("k", 1_000, 500)).toEqual({ count: 2, resetAt: 1_000 });
    expect(await store.get("k", 999)).toEqual({ count: 2, resetAt: 1_000 });
    expect(await store.get("k", 1_000)).toBeNull();
    expect(await store.increment("k", 1_000, 1_000)).toEqual({ count: 1, resetAt: 2_000 });
  });
});

describe("MemoryWindowStore.release", () => {
  it("gives back one unit of a live window, never below zero, and nothing once it ended", async () => {
    const store = new MemoryWindowStore();
    await store.consume("k", 2, 1_000, 0);
    await store.consume("k", 2, 1_000, 0);
    expect((await store.consume("k", 2, 1_000, 10)).allowed).toBe(false);
    await store.release("k", 20);
    expect(await store.consume("k", 2, 1_000, 30)).toEqual({ count: 2, resetAt: 1_000, allowed: true });
    await store.release("k", 40);
    await store.release("k", 40);
    await store.release("k", 40);
    expect(await store.get("k", 50)).toEqual({ count: 0, resetAt: 1_000 });
    await store.release("k", 1_000);
    expect(await store.get("k", 1_000)).toBeNull();
  });
});

describe("MemoryWindowStore under a flood of distinct keys", () => {
  it("keeps counting a busy key while a million one-off keys pass through", async () => {
    const store = new MemoryWindowStore();
    for (let i = 0; i < 1_000_000; i++) {
      await store.increment(`flood-${i}`, 60_000, 0);
      if (i % 1_000 === 0) await store.increment("busy", 60_000, 0);
    }
    expect(await store.get("busy", 1)).toEqual({ count: 1_000, resetAt: 60_000 });
  });
});
