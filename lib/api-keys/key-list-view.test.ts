import { describe, expect, it } from "vitest";
import {
  applyKeyListView,
  createKeyRefusal,
  DEFAULT_KEY_LIST_VIEW,
  isFiltered,
  KEYS_PER_PAGE,
  type KeyListView,
  type ListedKey,
} from "./key-list-view";

const NOW = Date.UTC(2026, 11, 3, 12);
const DAY = 86_400_000;
const ME = "user_me";

function key(id: string, overrides: Partial<ListedKey> = {}): ListedKey {
  return {
    id,
    name: id,
    displayKey: `codeqr_…${id.slice(-4)}`,
    scopes: ["links.write", "analytics.read", "domains.write", "tags.write"],
    createdAt: new Date(NOW - 10 * DAY),
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    owner: { id: ME, isMachine: false },
    ...overrides,
  };
}

const keys: ListedKey[] = [
  key("key_aaaa", {
    name: "Deploy bot",
    owner: { id: "user_bot", isMachine: true },
    createdAt: new Date(NOW - DAY),
  }),
  key("key_bbbb", {
    name: "analytics reader",
    scopes: ["analytics.read", "links.read", "domains.read", "tags.read"],
  }),
  key("key_cccc", { name: "Links only", scopes: ["links.read"], lastUsedAt: new Date(NOW - 3 * DAY) }),
  key("key_dddd", {
    name: "Soon gone",
    expiresAt: new Date(NOW + 2 * DAY),
    owner: { id: "user_ada", isMachine: false },
  }),
  key("key_eeee", { name: "Old", expiresAt: new Date(NOW - DAY), lastUsedAt: new Date(NOW - 2 * DAY) }),
  key("key_ffff", { name: "Gone", revokedAt: new Date(NOW - DAY), expiresAt: new Date(NOW - DAY) }),
  key("key_gggg", {
    name: "Later",
    expiresAt: new Date(NOW + 30 * DAY),
    createdAt: new Date(NOW - 20 * DAY),
  }),
];

function names(view: Partial<KeyListView>): string[] {
  return applyKeyListView(
    keys,
    { ...DEFAULT_KEY_LIST_VIEW, ...view },
    { now: NOW, currentUserId: ME },
  ).rows.map((row) => row.name);
}

describe("applyKeyListView", () => {
  const cases: { title: string; view: Partial<KeyListView>; expected: string[] }[] = [
    {
      title: "Active by default, newest first, an expiring key included",
      view: {},
      expected: ["Deploy bot", "analytics reader", "Links only", "Soon gone", "Later"],
    },
    {
      title: "Expiring soon: active keys within a week of expiry",
      view: { status: "expiring" },
      expected: ["Soon gone"],
    },
    {
      title: "Expired excludes a revoked key that also expired",
      view: { status: "expired" },
      expected: ["Old"],
    },
    { title: "Revoked", view: { status: "revoked" }, expected: ["Gone"] },
    { title: "search by name, any case", view: { q: "DEPLOY" }, expected: ["Deploy bot"] },
    {
      title: "search by display form typed with three dots",
      view: { q: "codeqr_...cccc" },
      expected: ["Links only"],
    },
    { title: "search by key id", view: { q: "key_bbbb" }, expected: ["analytics reader"] },
    { title: "search with no match", view: { q: "nothing like it" }, expected: [] },
    { title: "owner: machine users", view: { owner: "machine" }, expected: ["Deploy bot"] },
    { title: "owner: a person by id", view: { owner: "user_ada" }, expected: ["Soon gone"] },
    {
      title: "owner: you",
      view: { owner: "me" },
      expected: ["analytics reader", "Links only", "Later"],
    },
    { title: "permissions: Read only", view: { permissions: "read_only" }, expected: ["analytics reader"] },
    { title: "permissions: Restricted", view: { permissions: "restricted" }, expected: ["Links only"] },
    {
      title: "name A→Z ignores case",
      view: { sort: "name.asc" },
      expected: ["analytics reader", "Deploy bot", "Later", "Links only", "Soon gone"],
    },
    {
      title: "last used, newest first, never-used last",
      view: { sort: "lastUsed.desc" },
      expected: ["Links only", "Deploy bot", "analytics reader", "Soon gone", "Later"],
    },
    {
      title: "expires, soonest first, never-expiring last",
      view: { sort: "expires.asc" },
      expected: ["Soon gone", "Later", "Deploy bot", "analytics reader", "Links only"],
    },
    {
      title: "expires, latest first, never-expiring still last",
      view: { sort: "expires.desc" },
      expected: ["Later", "Soon gone", "Deploy bot", "analytics reader", "Links only"],
    },
  ];
  for (const { title, view, expected } of cases) it(title, () => expect(names(view)).toEqual(expected));

  it("counts each tab over the search and filters", () => {
    const all = applyKeyListView(keys, DEFAULT_KEY_LIST_VIEW, { now: NOW, currentUserId: ME });
    expect(all.counts).toEqual({ active: 5, expiring: 1, expired: 1, revoked: 1 });
    const mine = applyKeyListView(
      keys,
      { ...DEFAULT_KEY_LIST_VIEW, owner: "me" },
      { now: NOW, currentUserId: ME },
    );
    expect(mine.counts).toEqual({ active: 3, expiring: 0, expired: 1, revoked: 1 });
  });

  it(`pages ${KEYS_PER_PAGE} at a time and keeps the page within range`, () => {
    const many = Array.from({ length: 57 }, (_, i) =>
      key(`key_${String(i).padStart(4, "0")}`, { name: `Key ${i}`, createdAt: new Date(NOW - i * 1000) }),
    );
    const view = (page: number) => ({ ...DEFAULT_KEY_LIST_VIEW, page });
    const context = { now: NOW, currentUserId: ME };
    const first = applyKeyListView(many, view(1), context);
    expect([first.from, first.to, first.total, first.pageCount]).toEqual([1, 20, 57, 3]);
    expect(first.rows[0]?.name).toBe("Key 0");
    const last = applyKeyListView(many, view(3), context);
    expect([last.from, last.to, last.rows.length]).toEqual([41, 57, 17]);
    expect(applyKeyListView(many, view(9), context).page).toBe(3);
    expect(applyKeyListView(many, view(0), context).page).toBe(1);
    const none = applyKeyListView(many, { ...view(2), q: "zzz" }, context);
    expect([none.from, none.to, none.page, none.pageCount]).toEqual([0, 0, 1, 1]);
  });

  it("isFiltered: search, owner or permissions, but not the tab or sort", () => {
    expect(isFiltered(DEFAULT_KEY_LIST_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_KEY_LIST_VIEW, status: "revoked", sort: "name.asc", page: 2 })).toBe(
      false,
    );
    expect(isFiltered({ ...DEFAULT_KEY_LIST_VIEW, q: "  " })).toBe(false);
    expect(isFiltered({ ...DEFAULT_KEY_LIST_VIEW, q: "bot" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_KEY_LIST_VIEW, owner: "machine" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_KEY_LIST_VIEW, permissions: "restricted" })).toBe(true);
  });
});

describe("createKeyRefusal", () => {
  const base = {
    isMember: false,
    membersMayCreate: true,
    memberRefusal: "Members may not create keys.",
    maxActiveKeys: 100,
  };
  const cases = [
    { title: "an owner below the cap may create", input: { activeCount: 99 }, expected: null },
    {
      title: "an owner at the cap is told why",
      input: { activeCount: 100 },
      expected: /has 100 active keys.*Revoke one/,
    },
    {
      title: "a member may create when the policy allows",
      input: { isMember: true, activeCount: 3 },
      expected: null,
    },
    {
      title: "a member refused by the policy hears that first",
      input: { isMember: true, membersMayCreate: false, activeCount: 100 },
      expected: /^Members may not create keys\.$/,
    },
  ];
  for (const { title, input, expected } of cases)
    it(title, () => {
      const refusal = createKeyRefusal({ ...base, ...input });
      if (expected === null) expect(refusal).toBeNull();
      else expect(refusal).toMatch(expected);
    });
});
