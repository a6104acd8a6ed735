import { describe, expect, it } from "vitest";
import {
  ALLOWLIST_REQUIRED,
  DEFAULT_KEY_POLICY,
  defaultExpiryChoice,
  expiryChoicesWithin,
  type KeyPolicy,
  keyPolicySchema,
  latestAllowedExpiryDay,
  MEMBERS_MAY_NOT_CREATE,
  policyRefusals,
  policyViolations,
} from "./policy";
import { EXPIRY_CHOICES } from "./schemas";

const NOW = new Date("2026-12-02T12:00:00Z");
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const policy = (changes: Partial<KeyPolicy>): KeyPolicy => ({ ...DEFAULT_KEY_POLICY, ...changes });
const LIMIT_30 = "This project's key policy limits keys to 30 days. Choose an expiry within 30 days.";

describe("policyRefusals", () => {
  it.each([
    { case: "no policy, never expires", policy: policy({}), expiresAt: null, expected: {} },
    {
      case: "30 days, never",
      policy: policy({ maxLifetimeDays: 30 }),
      expiresAt: null,
      expected: { expiresIn: [LIMIT_30] },
    },
    {
      case: "30 days, in 30 days",
      policy: policy({ maxLifetimeDays: 30 }),
      expiresAt: inDays(30),
      expected: {},
    },
    {
      case: "30 days, at the end of day 30",
      policy: policy({ maxLifetimeDays: 30 }),
      expiresAt: new Date("2027-01-01T23:59:59.999Z"),
      expected: {},
    },
    {
      case: "30 days, the day after",
      policy: policy({ maxLifetimeDays: 30 }),
      expiresAt: new Date("2027-01-02T23:59:59.999Z"),
      expected: { expiresIn: [LIMIT_30] },
    },
    {
      case: "30 days, in 90 days",
      policy: policy({ maxLifetimeDays: 30 }),
      expiresAt: inDays(90),
      expected: { expiresIn: [LIMIT_30] },
    },
    { case: "7 days, in 7 days", policy: policy({ maxLifetimeDays: 7 }), expiresAt: inDays(7), expected: {} },
    {
      case: "365 days, in 366 days",
      policy: policy({ maxLifetimeDays: 365 }),
      expiresAt: inDays(366),
      expected: {
        expiresIn: ["This project's key policy limits keys to 365 days. Choose an expiry within 365 days."],
      },
    },
  ])("expiry: $case", ({ policy, expiresAt, expected }) => {
    expect(
      policyRefusals({ policy, role: "owner", owner: "self", expiresAt, allowedIps: [], now: NOW }),
    ).toEqual(expected);
  });

  it.each([
    { role: "member", membersMayCreate: false, expected: { form: [MEMBERS_MAY_NOT_CREATE] } },
    { role: "member", membersMayCreate: true, expected: {} },
    { role: "owner", membersMayCreate: false, expected: {} },
    { role: null, membersMayCreate: false, expected: {} },
  ] as const)(
    "create by $role, members may create: $membersMayCreate",
    ({ role, membersMayCreate, expected }) => {
      const refusals = policyRefusals({
        policy: policy({ membersMayCreate }),
        role,
        owner: "self",
        expiresAt: null,
        allowedIps: [],
        now: NOW,
      });
      expect(refusals).toEqual(expected);
    },
  );

  it.each([
    { owner: "machine", required: true, allowedIps: [], expected: { allowedIps: [ALLOWLIST_REQUIRED] } },
    { owner: "machine", required: true, allowedIps: ["203.0.113.0/24"], expected: {} },
    { owner: "machine", required: false, allowedIps: [], expected: {} },
    { owner: "self", required: true, allowedIps: [], expected: {} },
  ] as const)(
    "$owner key, allowlist required: $required, allowlist $allowedIps",
    ({ owner, required, allowedIps, expected }) => {
      const refusals = policyRefusals({
        policy: policy({ machineKeysRequireAllowlist: required }),
        role: "owner",
        owner,
        expiresAt: null,
        allowedIps,
        now: NOW,
      });
      expect(refusals).toEqual(expected);
    },
  );

  it("reports every broken rule at once", () => {
    const strict = policy({
      maxLifetimeDays: 30,
      membersMayCreate: false,
      machineKeysRequireAllowlist: true,
    });
    const refusals = policyRefusals({
      policy: strict,
      role: "member",
      owner: "machine",
      expiresAt: null,
      allowedIps: [],
      now: NOW,
    });
    expect(refusals).toEqual({
      form: [MEMBERS_MAY_NOT_CREATE],
      expiresIn: [LIMIT_30],
      allowedIps: [ALLOWLIST_REQUIRED],
    });
  });
});

describe("policyViolations", () => {
  it.each([
    {
      case: "no limit, never expires",
      policy: policy({}),
      key: { expiresAt: null, isMachine: false, allowedIps: [] },
      expected: [],
    },
    {
      case: "30 days, never expires",
      policy: policy({ maxLifetimeDays: 30 }),
      key: { expiresAt: null, isMachine: false, allowedIps: [] },
      expected: ["Never expires"],
    },
    {
      case: "30 days, expires in 90",
      policy: policy({ maxLifetimeDays: 30 }),
      key: { expiresAt: inDays(90), isMachine: false, allowedIps: [] },
      expected: ["Expires later than the 30-day maximum"],
    },
    {
      case: "30 days, expires in 10",
      policy: policy({ maxLifetimeDays: 30 }),
      key: { expiresAt: inDays(10), isMachine: false, allowedIps: [] },
      expected: [],
    },
    {
      case: "30 days, already expired",
      policy: policy({ maxLifetimeDays: 30 }),
      key: { expiresAt: inDays(-1), isMachine: false, allowedIps: [] },
      expected: [],
    },
    {
      case: "allowlist required, machine without",
      policy: policy({ machineKeysRequireAllowlist: true }),
      key: { expiresAt: null, isMachine: true, allowedIps: [] },
      expected: ["Machine key without an IP allowlist"],
    },
    {
      case: "allowlist required, machine with",
      policy: policy({ machineKeysRequireAllowlist: true }),
      key: { expiresAt: null, isMachine: true, allowedIps: ["10.0.0.1"] },
      expected: [],
    },
    {
      case: "allowlist required, person without",
      policy: policy({ machineKeysRequireAllowlist: true }),
      key: { expiresAt: null, isMachine: false, allowedIps: [] },
      expected: [],
    },
    {
      case: "both broken",
      policy: policy({ maxLifetimeDays: 7, machineKeysRequireAllowlist: true }),
      key: { expiresAt: null, isMachine: true, allowedIps: [] },
      expected: ["Never expires", "Machine key without an IP allowlist"],
    },
  ])("$case", ({ policy, key, expected }) => {
    expect(policyViolations(key, policy, NOW)).toEqual(expected);
  });
});

describe("keyPolicySchema", () => {
  it.each([null, 7, 30, 90, 365])("accepts a max lifetime of %s", (maxLifetimeDays) => {
    expect(keyPolicySchema.safeParse({ ...DEFAULT_KEY_POLICY, maxLifetimeDays }).success).toBe(true);
  });

  it.each([0, 14, -7, "30", undefined])("refuses a max lifetime of %s", (maxLifetimeDays) => {
    const result = keyPolicySchema.safeParse({ ...DEFAULT_KEY_POLICY, maxLifetimeDays });
    expect(result.error?.issues[0]?.message).toBe("Choose a maximum lifetime");
  });
});

describe("latestAllowedExpiryDay", () => {
  it("is the UTC day the maximum lifetime ends, or null without one", () => {
    expect(latestAllowedExpiryDay(policy({ maxLifetimeDays: 30 }), NOW)).toBe("2027-01-01");
    expect(latestAllowedExpiryDay(policy({}), NOW)).toBeNull();
  });
});

describe("expiryChoicesWithin and defaultExpiryChoice", () => {
  it.each([
    { maxLifetimeDays: null, offered: ["never", "7d", "30d", "90d", "1y", "date"], initial: "never" },
    { maxLifetimeDays: 365, offered: ["7d", "30d", "90d", "1y", "date"], initial: "1y" },
    { maxLifetimeDays: 90, offered: ["7d", "30d", "90d", "date"], initial: "90d" },
    { maxLifetimeDays: 30, offered: ["7d", "30d", "date"], initial: "30d" },
    { maxLifetimeDays: 7, offered: ["7d", "date"], initial: "7d" },
  ] as const)("max $maxLifetimeDays days → $offered", ({ maxLifetimeDays, offered, initial }) => {
    const limited = policy({ maxLifetimeDays });
    expect(expiryChoicesWithin(EXPIRY_CHOICES, limited)).toEqual(offered);
    expect(defaultExpiryChoice(limited)).toBe(initial);
  });

  it("keeps an edit's 'Keep current' choice (the server checks the kept expiry)", () => {
    expect(expiryChoicesWithin(["keep", "never", "30d"], policy({ maxLifetimeDays: 30 }))).toEqual([
      "keep",
      "30d",
    ]);
  });
});
