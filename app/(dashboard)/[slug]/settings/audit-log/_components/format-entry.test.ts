import { describe, expect, it } from "vitest";
import { auditDetails } from "./format-entry";

describe("auditDetails", () => {
  it.each([
    [
      "api_key.created",
      { key: "codeqr_…abcd", permissions: "read_only", owner: "self", expiresAt: null },
      "codeqr_…abcd · Read only · never expires",
    ],
    [
      "api_key.rolled",
      { key: "codeqr_…wxyz", gracePeriodSeconds: 3600 },
      "codeqr_…wxyz · old key valid for 1 hour",
    ],
    [
      "api_key.rolled",
      { key: "codeqr_…wxyz", gracePeriodSeconds: 0 },
      "codeqr_…wxyz · old key stopped at once",
    ],
    [
      "api_key.rolled",
      { key: "codeqr_…wxyz", gracePeriodSeconds: 604_800 },
      "codeqr_…wxyz · old key valid for 7 days",
    ],
    [
      "api_key.leaked",
      { key: "codeqr_…wxyz", url: "https://github.com/o/r/blob/main/.env", source: "content" },
      "codeqr_…wxyz · found in public code at https://github.com/o/r/blob/main/.env",
    ],
    ["member.role_changed", { from: "member", to: "owner" }, "Role: member → owner"],
    ["member.invited", { email: "eve@example.com", role: "member" }, "as member"],
    ["member.removed", { revokedKeys: 2, role: "member" }, "2 API keys revoked"],
    ["member.left", { revokedKeys: 0 }, ""],
    ["machine_user.deleted", null, ""],
    [
      "key_policy.updated",
      {
        maxLifetimeDaysBefore: null,
        maxLifetimeDaysAfter: 30,
        membersMayCreateBefore: true,
        membersMayCreateAfter: false,
        machineKeysRequireAllowlistBefore: false,
        machineKeysRequireAllowlistAfter: false,
      },
      "Max lifetime: no limit → 30 days · Members may create keys: yes → no",
    ],
    [
      "key_policy.updated",
      { machineKeysRequireAllowlistBefore: false, machineKeysRequireAllowlistAfter: true },
      "Machine keys need an IP allowlist: no → yes",
    ],
    [
      "api_key.updated",
      { key: "codeqr_…abcd", permissions: "all", expiresAt: null },
      "codeqr_…abcd · All permissions · never expires",
    ],
    [
      "api_key.updated",
      {
        key: "codeqr_…abcd",
        name: "b",
        nameBefore: "a",
        permissions: "all",
        permissionsBefore: "all",
        expiresAt: null,
        expiresAtBefore: null,
        allowedIps: [],
        allowedIpsBefore: [],
      },
      "codeqr_…abcd · Name: a → b",
    ],
    [
      "api_key.updated",
      {
        key: "codeqr_…abcd",
        name: "ci",
        nameBefore: "ci",
        permissions: "restricted",
        scopes: ["links.read"],
        permissionsBefore: "read_only",
        scopesBefore: ["links.read", "tags.read"],
        expiresAt: "2027-01-31T00:00:00.000Z",
        expiresAtBefore: null,
        allowedIps: ["10.0.0.0/8"],
        allowedIpsBefore: [],
      },
      "codeqr_…abcd · Permissions: Read only → Restricted (links.read) · Allowed IPs: any → 10.0.0.0/8 · Expires: never → Jan 31, 2027",
    ],
    [
      "api_key.updated",
      { key: "codeqr_…abcd", name: "ci", nameBefore: "ci", permissions: "all", permissionsBefore: "all" },
      "codeqr_…abcd · no changes",
    ],
    ["publishable_key.regenerated", { previousKey: "pk_old" }, "replaces pk_old"],
    ["publishable_key.generated", null, ""],
  ] as const)("%s %j → %s", (action, metadata, expected) => {
    expect(
      auditDetails({
        action,
        metadata: metadata as Record<string, string | number | boolean | null | string[]> | null,
      }),
    ).toBe(expected);
  });
});
