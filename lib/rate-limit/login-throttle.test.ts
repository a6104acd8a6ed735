import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/password";
import {
  attemptSignIn,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_EMAIL,
  SIGN_IN_PER_EMAIL_AND_ADDRESS,
} from "./login-throttle";
import { MemoryWindowStore, type WindowStore } from "./memory-store";
import { RedisWindowStore } from "./redis-store";

const redisUrl = process.env.REDIS_URL;
const redis = redisUrl ? new RedisWindowStore(redisUrl) : null;
afterAll(() => redis?.close());

const stores: [string, () => WindowStore][] = [
  ["memory", () => new MemoryWindowStore()],
  ...(redis ? [["Redis (REDIS_URL)", () => redis] as [string, () => WindowStore]] : []),
];

const tag = () => randomBytes(4).toString("hex");
type Verify = () => Promise<{ id: string } | null>;
const wrong: Verify = async () => null;
const right: Verify = async () => ({ id: "user" });

describe.each(stores)("login throttle on the %s store", (_, makeStore) => {
  const attempt = (email: string, address: string, verify: Verify = wrong, store = makeStore()) =>
    attemptSignIn({ email, address }, verify, store);

  it("refuses an email after the per-email ceiling of failures from any addresses", async () => {
    const store = makeStore();
    const id = tag();
    const email = `victim-${id}@example.com`;
    for (let i = 0; i < SIGN_IN_PER_EMAIL.limit; i++) {
      expect((await attempt(email, `198.51.${id}.${i}`, wrong, store)).throttled).toBe(false);
    }
    expect((await attempt(email.toUpperCase(), `198.51.${id}.200`, wrong, store)).throttled).toBe(true);
    expect((await attempt(`other-${id}@example.com`, `198.51.${id}.201`, wrong, store)).throttled).toBe(
      false,
    );
  });

  it("refuses an address after its limit of failures across many emails", async () => {
    const store = makeStore();
    const address = `192.0.2.${tag()}`;
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.limit; i++)
      await attempt(`user${i}@example.com`, address, wrong, store);
    expect((await attempt("fresh@example.com", address, wrong, store)).throttled).toBe(true);
    expect((await attempt("fresh@example.com", `${address}-other`, wrong, store)).throttled).toBe(false);
  });

  it("a burst of 50 wrong passwords then the right one gets at most 10 password checks, and the right one is refused", async () => {
    const store = makeStore();
    const email = `burst-${tag()}@example.com`;
    const address = `203.0.113.${tag()}`;
    const hash = await hashPassword("the-right-password");
    let checks = 0;
    const check = (password: string) => async () => {
      checks += 1;
      return (await verifyPassword(password, hash)) ? { id: "user" } : null;
    };
    const burst = Array.from({ length: 50 }, (_, i) => attempt(email, address, check(`wrong-${i}`), store));
    const last = attempt(email, address, check("the-right-password"), store);
    const outcomes = await Promise.all([...burst, last]);
    expect(checks).toBeLessThanOrEqual(SIGN_IN_PER_EMAIL_AND_ADDRESS.limit);
    expect(outcomes.filter((outcome) => !outcome.throttled)).toHaveLength(
      SIGN_IN_PER_EMAIL_AND_ADDRESS.limit,
    );
    expect(outcomes.at(-1)).toMatchObject({ throttled: true });
    expect(await attempt(email, address, check("the-right-password"), store)).toMatchObject({
      throttled: true,
    });
    expect(checks).toBeLessThanOrEqual(SIGN_IN_PER_EMAIL_AND_ADDRESS.limit);
  });

  it("another address can still sign in while one address is throttled for that email", async () => {
    const store = makeStore();
    const email = `victim-${tag()}@example.com`;
    const attacker = `198.18.${tag()}`;
    await Promise.all(
      Array.from({ length: SIGN_IN_PER_EMAIL_AND_ADDRESS.limit * 3 }, () =>
        attempt(email, attacker, wrong, store),
      ),
    );
    expect(await attempt(email, attacker, right, store)).toMatchObject({ throttled: true });
    expect(await attempt(email, `198.19.${tag()}`, right, store)).toEqual({
      throttled: false,
      value: { id: "user" },
    });
  });

  it("a successful sign-in gives its attempt back; a refused one takes nothing", async () => {
    const store = makeStore();
    const email = `ok-${tag()}@example.com`;
    const address = `192.0.2.${tag()}`;
    for (let i = 0; i < SIGN_IN_PER_EMAIL_AND_ADDRESS.limit * 2; i++) {
      expect((await attempt(email, address, right, store)).throttled).toBe(false);
    }
    for (let i = 0; i < SIGN_IN_PER_EMAIL_AND_ADDRESS.limit; i++) await attempt(email, address, wrong, store);
    expect((await attempt(email, address, right, store)).throttled).toBe(true);
    // The refusals above counted against neither the address nor the email: another email still has them all.
    const other = `other-${tag()}@example.com`;
    const outcomes = [];
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.limit - SIGN_IN_PER_EMAIL_AND_ADDRESS.limit; i++) {
      outcomes.push((await attempt(`${i}-${other}`, address, wrong, store)).throttled);
    }
    expect(outcomes.every((throttled) => !throttled)).toBe(true);
    expect((await attempt(other, address, wrong, store)).throttled).toBe(true);
  });

  it("a throttled attempt never runs the check", async () => {
    const store = makeStore();
    const email = `unchecked-${tag()}@example.com`;
    const address = `192.0.2.${tag()}`;
    for (let i = 0; i < SIGN_IN_PER_EMAIL_AND_ADDRESS.limit; i++) await attempt(email, address, wrong, store);
    const check = vi.fn(right);
    expect(await attempt(email, address, check, store)).toMatchObject({
      throttled: true,
      retryAfterSeconds: 60,
    });
    expect(check).not.toHaveBeenCalled();
  });
});

describe("login throttle windows (memory store, fake clock)", () => {
  afterEach(() => vi.useRealTimers());

  it("the per-address limits end after a minute, the per-email ceiling after an hour", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-02T10:00:00Z") });
    const store = new MemoryWindowStore();
    const email = `clock-${tag()}@example.com`;
    const address = (i: number) => `198.51.100.${i}`;
    for (let i = 0; i < SIGN_IN_PER_EMAIL_AND_ADDRESS.limit; i++)
      await attemptSignIn({ email, address: address(0) }, wrong, store);
    expect(await attemptSignIn({ email, address: address(0) }, right, store)).toMatchObject({
      throttled: true,
    });
    vi.advanceTimersByTime(SIGN_IN_PER_EMAIL_AND_ADDRESS.windowMs);
    expect(await attemptSignIn({ email, address: address(0) }, right, store)).toMatchObject({
      throttled: false,
    });

    const perAddress = SIGN_IN_PER_EMAIL_AND_ADDRESS.limit;
    for (let i = 0; i < SIGN_IN_PER_EMAIL.limit; i++) {
      await attemptSignIn({ email, address: address(1 + Math.floor(i / perAddress)) }, wrong, store);
    }
    expect(await attemptSignIn({ email, address: address(99) }, right, store)).toMatchObject({
      throttled: true,
    });
    vi.advanceTimersByTime(SIGN_IN_PER_EMAIL_AND_ADDRESS.windowMs);
    expect(await attemptSignIn({ email, address: address(99) }, right, store)).toMatchObject({
      throttled: true,
    });
    vi.advanceTimersByTime(SIGN_IN_PER_EMAIL.windowMs);
    expect(await attemptSignIn({ email, address: address(99) }, right, store)).toMatchObject({
      throttled: false,
    });
  });
});
