import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeScopes, PERMISSIONS, type Permission, scopesForPreset } from "@/lib/api-keys/permissions";
import { ROLES, type Role } from "@/lib/roles";
import {
  type Capability,
  can,
  canManageKey,
  effectivePermissions,
  permissionsBeyondRole,
  permissionsForOwner,
  ROLE_PERMISSIONS,
} from "./authorization";

describe("SPEC §3 role table: permissions", () => {
  it.each<[Permission, boolean, boolean]>([
    ["links.read", true, true],
    ["links.write", true, true],
    ["tags.read", true, true],
    ["tags.write", true, true],
    ["analytics.read", true, true],
    ["domains.read", true, true],
    ["domains.write", true, false],
  ])("%s — owner: %s, member: %s", (permission, owner, member) => {
    expect(ROLE_PERMISSIONS.owner.includes(permission)).toBe(owner);
    expect(ROLE_PERMISSIONS.member.includes(permission)).toBe(member);
  });

  it("covers every permission", () => {
    expect(ROLE_PERMISSIONS.owner).toEqual(PERMISSIONS);
  });
});

describe("SPEC §3 role table: dashboard capabilities", () => {
  it.each<[string, Capability, boolean, boolean]>([
    ["manage any key", "keys.manage-any", true, false],
    ["create machine users", "keys.create-machine", true, false],
    ["manage the publishable key", "publishable-key.manage", true, false],
    ["change the key policy", "key-policy.manage", true, false],
    ["invite, change roles, remove members", "members.manage", true, false],
    ["see the audit log", "audit-log.view", true, false],
    ["rename or delete the project", "project.manage", true, false],
    ["grant domains.write to a key", "domains.write", true, false],
    ["grant links.write to a key", "links.write", true, true],
  ])("%s — owner: %s, member: %s", (_, capability, owner, member) => {
    expect(can("owner", capability)).toBe(owner);
    expect(can("member", capability)).toBe(member);
    expect(can(null, capability)).toBe(false);
  });
});

describe("canManageKey (edit, roll, revoke)", () => {
  it.each<[string, Role | null, string, boolean, boolean]>([
    ["owner, own key", "owner", "alice", false, true],
    ["owner, another member's key", "owner", "bob", false, true],
    ["owner, a machine user's key", "owner", "machine-1", true, true],
    ["member, own key", "member", "alice", false, true],
    ["member, another member's key", "member", "bob", false, false],
    ["member, a machine user's key", "member", "machine-1", true, false],
    ["former member, own key", null, "alice", false, false],
  ])("%s → %s", (_, role, keyOwnerUserId, keyOwnerIsMachine, expected) => {
    expect(canManageKey({ role, actorUserId: "alice", keyOwnerUserId, keyOwnerIsMachine })).toBe(expected);
  });
});

describe("permissionsForOwner", () => {
  it.each<[Role | null, boolean, readonly Permission[]]>([
    ["owner", false, PERMISSIONS],
    ["member", false, ROLE_PERMISSIONS.member],
    ["member", true, PERMISSIONS],
    [null, false, []],
    [null, true, []],
  ])("role %s, machine %s", (role, isMachine, expected) => {
    expect(permissionsForOwner({ role, isMachine })).toEqual(expected);
  });
});

describe("effectivePermissions", () => {
  const all = scopesForPreset("all");

  it("a restricted key with nothing selected grants nothing, even to an owner", () => {
    expect(effectivePermissions({ scopes: [], role: "owner", isMachine: false })).toEqual([]);
    expect(effectivePermissions({ scopes: [], role: "owner", isMachine: true })).toEqual([]);
  });

  it("a member's key never gets domains.write, even when its scopes say so", () => {
    const effective = effectivePermissions({ scopes: ["domains.write"], role: "member", isMachine: false });
    expect(effective).toEqual(["domains.read"]);
  });

  it("an owner demoted to member loses domains.write on the next request", () => {
    expect(effectivePermissions({ scopes: all, role: "owner", isMachine: false })).toContain("domains.write");
    expect(effectivePermissions({ scopes: all, role: "member", isMachine: false })).not.toContain(
      "domains.write",
    );
  });

  it("a machine user's key acts as owner", () => {
    expect(effectivePermissions({ scopes: all, role: "member", isMachine: true })).toEqual(all);
  });

  it("the key of someone removed from the project grants nothing", () => {
    expect(effectivePermissions({ scopes: all, role: null, isMachine: false })).toEqual([]);
  });

  it("adds the read implied by a write", () => {
    expect(effectivePermissions({ scopes: ["links.write"], role: "member", isMachine: false })).toEqual([
      "links.read",
      "links.write",
    ]);
  });

  it("is always within both the key's scopes and the owner's ceiling", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PERMISSIONS)),
        fc.constantFrom<Role | null>(...ROLES, null),
        fc.boolean(),
        (scopes, role, isMachine) => {
          const effective = effectivePermissions({ scopes, role, isMachine });
          const ceiling = permissionsForOwner({ role, isMachine });
          const normalized = normalizeScopes(scopes);
          for (const permission of PERMISSIONS) {
            const expected = normalized.includes(permission) && ceiling.includes(permission);
            expect(effective.includes(permission)).toBe(expected);
          }
        },
      ),
    );
  });
});

describe("permissionsBeyondRole (refusing a create or edit)", () => {
  it.each<[Permission[], Role, Permission[]]>([
    [scopesForPreset("all"), "owner", []],
    [scopesForPreset("all"), "member", ["domains.write"]],
    [["domains.write"], "member", ["domains.write"]],
    [scopesForPreset("read_only"), "member", []],
    [["links.write", "tags.write"], "member", []],
    [[], "member", []],
  ])("%j as %s → %j", (scopes, role, expected) => {
    expect(permissionsBeyondRole(scopes, role)).toEqual(expected);
  });
});
