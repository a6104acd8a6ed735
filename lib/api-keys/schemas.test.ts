import { describe, expect, it } from "vitest";
import { createApiKeySchema, expiresAtFromForm, scopesFromForm, updateApiKeySchema } from "./schemas";

const base = { name: "CI deploys", owner: "self", preset: "all", expiresIn: "never" } as const;

describe("create API key form", () => {
  it.each([
    [
      { preset: "all" },
      [
        "links.read",
        "links.write",
        "tags.read",
        "tags.write",
        "domains.read",
        "domains.write",
        "analytics.read",
      ],
    ],
    [{ preset: "read_only" }, ["links.read", "tags.read", "domains.read", "analytics.read"]],
    [{ preset: "restricted", links: "read" }, ["links.read"]],
    [
      { preset: "restricted", links: "write", analytics: "read" },
      ["links.read", "links.write", "analytics.read"],
    ],
    [{ preset: "restricted" }, []],
  ] as const)("%j grants %j", (permissions, scopes) => {
    const parsed = createApiKeySchema.parse({ ...base, ...permissions });
    expect(scopesFromForm(parsed)).toEqual(scopes);
  });

  it.each([
    [{ name: "" }, "name"],
    [{ name: "x".repeat(51) }, "name"],
    [{ owner: "root" }, "owner"],
    [{ preset: "restricted", analytics: "write" }, "analytics"],
    [{ expiresIn: "date" }, "expiresOn"],
    [{ expiresIn: "date", expiresOn: "2001-01-01" }, "expiresOn"],
    [{ expiresIn: "date", expiresOn: "not-a-date" }, "expiresOn"],
  ])("refuses %j, naming the field %s", (change, field) => {
    const result = createApiKeySchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });

  it("trims the name", () => {
    expect(createApiKeySchema.parse({ ...base, name: "  Deploy  " }).name).toBe("Deploy");
  });
});

describe("expiry", () => {
  const now = Date.UTC(2026, 0, 1);
  it.each([
    [{ expiresIn: "never" }, null],
    [{ expiresIn: "keep" }, undefined],
    [{ expiresIn: "7d" }, new Date(now + 7 * 86_400_000)],
    [{ expiresIn: "1y" }, new Date(now + 365 * 86_400_000)],
    [{ expiresIn: "date", expiresOn: "2026-03-04" }, new Date("2026-03-04T23:59:59.999Z")],
  ] as const)("%j → %s", (input, expected) => {
    expect(expiresAtFromForm(input, now)).toEqual(expected);
  });

  it("only the edit form can keep the current expiry", () => {
    expect(updateApiKeySchema.safeParse({ ...base, keyId: "key_1", expiresIn: "keep" }).success).toBe(true);
    expect(createApiKeySchema.safeParse({ ...base, expiresIn: "keep" }).success).toBe(false);
  });
});

describe("allowed IP addresses", () => {
  it.each([
    [undefined, undefined],
    ["", []],
    ["203.0.113.7\n\n10.0.0.0/8", ["203.0.113.7/32", "10.0.0.0/8"]],
  ])("%j → %j", (allowedIps, expected) => {
    expect(createApiKeySchema.parse({ ...base, allowedIps }).allowedIps).toEqual(expected);
    expect(updateApiKeySchema.parse({ ...base, keyId: "key_1", allowedIps }).allowedIps).toEqual(expected);
  });

  it("refuses a bad line at the field, naming the line", () => {
    const result = createApiKeySchema.safeParse({ ...base, allowedIps: "203.0.113.7\n\n10.0.0.300" });
    expect(result.error?.issues).toMatchObject([
      {
        path: ["allowedIps"],
        message: 'Line 3: "10.0.0.300" is not an IPv4 or IPv6 address or CIDR range.',
      },
    ]);
  });
});
