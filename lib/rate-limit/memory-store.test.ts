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
