import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isLoginThrottled, MAX_FAILED_LOGINS_PER_MINUTE, recordFailedLogin } from "./login-throttle";

describe("login throttle", () => {
  it("refuses an email after 10 failures from any addresses", async () => {
    const tag = randomBytes(4).toString("hex");
    const email = `victim-${tag}@example.com`;
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_MINUTE; i++) {
      expect(await isLoginThrottled(email, `198.51.${tag}.${i}`)).toBe(false);
      await recordFailedLogin(email, `198.51.${tag}.${i}`);
    }
    expect(await isLoginThrottled(email.toUpperCase(), `198.51.${tag}.200`)).toBe(true);
    expect(await isLoginThrottled(`other-${tag}@example.com`, `198.51.${tag}.201`)).toBe(false);
  });

  it("refuses an address after 10 failures across many emails", async () => {
    const address = `192.0.2.${randomBytes(4).toString("hex")}`;
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_MINUTE; i++)
      await recordFailedLogin(`user${i}@example.com`, address);
    expect(await isLoginThrottled("fresh@example.com", address)).toBe(true);
    expect(await isLoginThrottled("fresh@example.com", `${address}-other`)).toBe(false);
  });
});
