import { describe, expect, it } from "vitest";
import { type KeyStatus, keyStatus } from "./key-status";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const at = (offsetMs: number) => new Date(NOW + offsetMs);

type Case = { name: string; revokedAt: Date | null; expiresAt: Date | null; status: KeyStatus };

describe("keyStatus", () => {
  it.each<Case>([
    { name: "never expires, not revoked", revokedAt: null, expiresAt: null, status: "active" },
    { name: "expires later", revokedAt: null, expiresAt: at(60_000), status: "active" },
    { name: "expires exactly now", revokedAt: null, expiresAt: at(0), status: "expired" },
    { name: "expired a minute ago", revokedAt: null, expiresAt: at(-60_000), status: "expired" },
    { name: "revoked, never expires", revokedAt: at(-1), expiresAt: null, status: "revoked" },
    {
      name: "revoked and expired: revoked wins",
      revokedAt: at(-1),
      expiresAt: at(-60_000),
      status: "revoked",
    },
    { name: "revoked, would expire later", revokedAt: at(-1), expiresAt: at(60_000), status: "revoked" },
  ])("$name → $status", ({ revokedAt, expiresAt, status }) => {
    expect(keyStatus({ revokedAt, expiresAt }, NOW)).toBe(status);
  });
});
