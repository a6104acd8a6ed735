import { describe, expect, it } from "vitest";
import { expiresInLabel, expiryStatus } from "./expiry-status";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const at = (hours: number) => new Date(NOW + hours * 3_600_000);

describe("expiryStatus", () => {
  it.each([
    { expiresAt: null, expected: { kind: "never" } },
    { expiresAt: at(-1), expected: { kind: "expired" } },
    { expiresAt: at(0), expected: { kind: "expired" } },
    { expiresAt: at(1), expected: { kind: "soon", days: 1 } },
    { expiresAt: at(24), expected: { kind: "soon", days: 1 } },
    { expiresAt: at(25), expected: { kind: "soon", days: 2 } },
    { expiresAt: at(7 * 24), expected: { kind: "soon", days: 7 } },
    { expiresAt: at(7 * 24 + 1), expected: { kind: "later" } },
  ])("$expiresAt → $expected.kind", ({ expiresAt, expected }) => {
    expect(expiryStatus(expiresAt, NOW)).toEqual(expected);
  });

  it("says days in the singular and plural", () => {
    expect(expiresInLabel(1)).toBe("Expires in 1 day");
    expect(expiresInLabel(6)).toBe("Expires in 6 days");
  });
});
