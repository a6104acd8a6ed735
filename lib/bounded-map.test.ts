import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map";

describe("BoundedMap", () => {
  it("gets, overwrites and deletes like a Map", () => {
    const map = new BoundedMap<string, number>(10);
    map.set("a", 1);
    map.set("a", 2);
    expect(map.get("a")).toBe(2);
    expect(map.get("b")).toBeUndefined();
    map.delete("a");
    expect(map.get("a")).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it("never holds more than its capacity, however many keys go in", () => {
    const map = new BoundedMap<number, number>(1_000);
    for (let i = 0; i < 20_000; i++) {
      map.set(i, i);
      expect(map.size).toBeLessThanOrEqual(1_000);
    }
    expect(map.get(19_999)).toBe(19_999);
  });

  it("keeps a key that is used while others stream past, and forgets one that is not", () => {
    const map = new BoundedMap<string, string>(100);
    map.set("hot", "kept");
    map.set("cold", "dropped");
    for (let i = 0; i < 1_000; i++) {
      map.set(`stream-${i}`, "x");
      expect(map.get("hot")).toBe("kept");
    }
    expect(map.get("cold")).toBeUndefined();
  });

  it("a value moved between generations is never counted or kept twice", () => {
    const map = new BoundedMap<number, string>(4);
    map.set(1, "one");
    map.set(2, "two");
    map.set(3, "three"); // 1 and 2 are now the previous generation
    expect(map.get(1)).toBe("one"); // promoted
    map.set(2, "TWO"); // overwritten while in the previous generation
    expect(map.get(2)).toBe("TWO");
    expect(map.size).toBe(3);
    map.delete(2);
    expect(map.get(2)).toBeUndefined();
  });

  it("deleteWhere and clear reach both generations", () => {
    const map = new BoundedMap<number, { project: string }>(4);
    map.set(1, { project: "a" });
    map.set(2, { project: "b" });
    map.set(3, { project: "a" });
    map.deleteWhere((value) => value.project === "a");
    expect([map.get(1), map.get(3)]).toEqual([undefined, undefined]);
    expect(map.get(2)).toEqual({ project: "b" });
    map.clear();
    expect(map.size).toBe(0);
  });

  it("refuses a capacity it cannot split into two generations", () => {
    expect(() => new BoundedMap(1)).toThrow(RangeError);
    expect(() => new BoundedMap(2.5)).toThrow(RangeError);
  });
});
