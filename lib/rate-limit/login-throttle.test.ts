import { describe, expect, it } from "vitest";
import { isLoginThrottled, MAX_FAILED_LOGINS_PER_MINUTE, recordFailedLogin } from "./login-throttle";

describe("login throttle", () => {
  it("refuses an email after 10 failures from any addresses", async () => {
    const email = "victim@example.com";
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_MINUTE; i++) {
      expect(await isLoginThrottled(email, `198.51.100.${i}`)).toBe(false);
      await recordFailedLogin(email, `198.51.100.${i}`);
    }
    expect(await isLoginThrottled("VICTIM@example.com", "198.51.100.200")).toBe(true);
    expect(await isLoginThrottled("someone-else@example.com", "198.51.100.201")).toBe(false);
  });

  it("refuses an address after 10 failures across many emails", async () => {
    const address = "192.0.2.7";
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_MINUTE; i++)
      await recordFailedLogin(`user${i}@example.com`, address);
    expect(await isLoginThrottled("fresh@example.com", address)).toBe(true);
    expect(await isLoginThrottled("fresh@example.com", "192.0.2.8")).toBe(false);
  });
});
