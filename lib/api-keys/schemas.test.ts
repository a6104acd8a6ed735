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
