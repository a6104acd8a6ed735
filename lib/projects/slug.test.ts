import { describe, expect, it } from "vitest";
import { projectSlugSchema, suggestSlug } from "./slug";

describe("project slugs", () => {
  it.each([
    ["Acme Inc.", "acme-inc"],
    ["  Ünïcode  Café ", "unicode-cafe"],
    ["a--b__c", "a-b-c"],
    ["!!!", ""],
  ])("suggests %j → %j", (name, slug) => expect(suggestSlug(name)).toBe(slug));

  it.each([
    ["acme", true],
    ["acme-2", true],
    ["ACME", true],
    ["ac", false],
    ["-acme", false],
    ["acme-", false],
    ["ac me", false],
    ["api", false],
    ["login", false],
    ["a".repeat(49), false],
  ])("%j valid: %s", (slug, valid) => expect(projectSlugSchema.safeParse(slug).success).toBe(valid));
});
