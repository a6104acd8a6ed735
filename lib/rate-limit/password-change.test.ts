import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consumePasswordCheck, MAX_PASSWORD_CHECKS } from "./password-change";

const userId = () => `user_${randomBytes(6).toString("hex")}`;

describe("consumePasswordCheck", () => {
  it(`allows ${MAX_PASSWORD_CHECKS} current-password checks per user per window, then refuses`, async () => {
    const [ada, bob] = [userId(), userId()];
    const results: boolean[] = [];
    for (let i = 0; i <= MAX_PASSWORD_CHECKS; i++) results.push(await consumePasswordCheck(ada));
    expect(results).toEqual([...Array(MAX_PASSWORD_CHECKS).fill(true), false]);
    expect(await consumePasswordCheck(bob)).toBe(true);
  });

  it("holds under a burst: of 50 parallel checks, only the limit's worth run", async () => {
    const ada = userId();
    const results = await Promise.all(Array.from({ length: 50 }, () => consumePasswordCheck(ada)));
    expect(results.filter(Boolean)).toHaveLength(MAX_PASSWORD_CHECKS);
  });
});
