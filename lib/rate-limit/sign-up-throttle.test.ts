import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryWindowStore, type WindowStore } from "./memory-store";
import { RedisWindowStore } from "./redis-store";
import { SIGN_UPS_PER_ADDRESS, takeSignUpAttempt } from "./sign-up-throttle";

const redis = process.env.REDIS_URL ? new RedisWindowStore(process.env.REDIS_URL) : null;
afterAll(() => redis?.close());

const stores: [string, WindowStore][] = [
  ["memory", new MemoryWindowStore()],
  ...(redis ? [["Redis (REDIS_URL)", redis] as [string, WindowStore]] : []),
];

describe.each(stores)("sign-up throttle on the %s store", (_, store) => {
  it("allows the hourly number of sign-ups from one address, even in parallel, and refuses the rest", async () => {
    const address = `192.0.2.${randomBytes(4).toString("hex")}`;
    const outcomes = await Promise.all(
      Array.from({ length: SIGN_UPS_PER_ADDRESS.limit * 3 }, () => takeSignUpAttempt(address, store)),
    );
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(SIGN_UPS_PER_ADDRESS.limit);
    expect(await takeSignUpAttempt(address, store)).toEqual({ allowed: false });
    expect(await takeSignUpAttempt(`${address}-other`, store)).toEqual({ allowed: true });
  });
});
