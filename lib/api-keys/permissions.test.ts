import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasPermission,
  isPermission,
  levelsFor,
  levelsFromScopes,
  normalizeScopes,
  PERMISSIONS,
  type Permission,
  PRESET_LABELS,
  type Preset,
  presetOf,
  RESOURCE_LABELS,
  RESOURCES,
  type ResourceLevels,
  scopesForPreset,
  scopesFromLevels,
} from "./permissions";

const READS = ["links.read", "tags.read", "domains.read", "analytics.read"] as const;

const anyScopes = fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 12 });
const anyLevels = fc.record({
  links: fc.constantFrom(...levelsFor("links")),
  analytics: fc.constantFrom(...levelsFor("analytics")),
  domains: fc.constantFrom(...levelsFor("domains")),
  tags: fc.constantFrom(...levelsFor("tags")),
});

describe("labels shown in the create dialog", () => {
  it("lists the resources as Links, Analytics, Domains, Tags", () => {
    expect(RESOURCES.map((resource) => RESOURCE_LABELS[resource])).toEqual([
      "Links",
      "Analytics",
      "Domains",
      "Tags",
    ]);
  });

  it("names the presets as the docs do", () => {
    expect(PRESET_LABELS).toEqual({
      all: "All permissions",
      read_only: "Read only",
      restricted: "Restricted",
    });
  });

  it.each([
    ["links", ["none", "read", "write"]],
    ["analytics", ["none", "read"]],
    ["domains", ["none", "read", "write"]],
    ["tags", ["none", "read", "write"]],
  ] as const)("%s offers %j", (resource, levels) => {
    expect(levelsFor(resource)).toEqual(levels);
  });
});

describe("presets", () => {
  it("All permissions grants every permission", () => {
    expect(scopesForPreset("all")).toEqual([...PERMISSIONS]);
  });

  it("Read only grants every .read permission and nothing else", () => {
    expect(scopesForPreset("read_only")).toEqual([...READS]);
  });

  const repeated: Permission[] = ["analytics.read", "tags.write", ...PERMISSIONS, "links.read"];
  const shuffled = [...repeated].reverse();

  it.each<[string, Permission[], Preset]>([
    ["every permission", [...PERMISSIONS], "all"],
    ["every permission, shuffled and repeated", shuffled, "all"],
    [
      "every write (reads implied) and analytics.read",
      ["links.write", "tags.write", "domains.write", "analytics.read"],
      "all",
    ],
    ["every read", [...READS], "read_only"],
    ["nothing selected", [], "restricted"],
    ["one read", ["links.read"], "restricted"],
    ["every read but analytics", ["links.read", "tags.read", "domains.read"], "restricted"],
    ["every read plus one write", [...READS, "links.write"], "restricted"],
  ])("%s shows as %s", (_, scopes, preset) => {
    expect(presetOf(scopes)).toBe(preset);
  });
});

describe("write implies read", () => {
  it.each<[Permission[], Permission, boolean]>([
    [["links.write"], "links.read", true],
    [["links.write"], "links.write", true],
    [["links.read"], "links.write", false],
    [["links.write"], "tags.read", false],
    [["domains.write"], "domains.read", true],
    [["analytics.read"], "analytics.read", true],
    [[], "links.read", false],
  ])("%j grants %s: %s", (scopes, permission, expected) => {
    expect(hasPermission(scopes, permission)).toBe(expected);
  });

  it("normalizeScopes dedupes, adds implied reads and sorts in canonical order", () => {
    expect(normalizeScopes(["tags.write", "links.read", "links.read", "tags.write"])).toEqual([
      "links.read",
      "tags.read",
      "tags.write",
    ]);
  });

  it("normalizeScopes drops values that are not permissions (stored JSON is not trusted)", () => {
    expect(normalizeScopes(["links.read", "admin", "links.delete"] as Permission[])).toEqual(["links.read"]);
    expect(isPermission("links.delete")).toBe(false);
    expect(isPermission("toString")).toBe(false);
  });

  it("a normalized scope list grants exactly what the original did, and is idempotent", () => {
    fc.assert(
      fc.property(anyScopes, (scopes) => {
        const normalized = normalizeScopes(scopes);
        expect(normalizeScopes(normalized)).toEqual(normalized);
        for (const permission of PERMISSIONS) {
          expect(hasPermission(normalized, permission)).toBe(hasPermission(scopes, permission));
        }
      }),
    );
  });
});

describe("restricted levels", () => {
  it("maps each radio choice to scopes", () => {
    const levels: ResourceLevels = { links: "write", analytics: "read", domains: "none", tags: "read" };
    expect(scopesFromLevels(levels)).toEqual(["links.read", "links.write", "tags.read", "analytics.read"]);
  });

  it("nothing selected gives no scopes", () => {
    expect(scopesFromLevels({ links: "none", analytics: "none", domains: "none", tags: "none" })).toEqual([]);
  });

  it("treats analytics write, which does not exist, as read", () => {
    expect(scopesFromLevels({ links: "none", analytics: "write", domains: "none", tags: "none" })).toEqual([
      "analytics.read",
    ]);
  });

  it("round-trips every combination the form can produce", () => {
    fc.assert(
      fc.property(anyLevels, (levels) => {
        expect(levelsFromScopes(scopesFromLevels(levels))).toEqual(levels);
      }),
    );
  });

  it("scopes → levels → scopes gives the normalized scopes", () => {
    fc.assert(
      fc.property(anyScopes, (scopes) => {
        expect(scopesFromLevels(levelsFromScopes(scopes))).toEqual(normalizeScopes(scopes));
      }),
    );
  });
});
