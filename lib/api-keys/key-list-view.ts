import { expiryStatus } from "./expiry-status";
import { keyStatus } from "./key-status";
import { type Permission, type Preset, presetOf } from "./permissions";

/** The keys table's tabs: "expiring" is the part of "active" that expires within a week. */
export const KEY_VIEW_STATUSES = ["active", "expiring", "expired", "revoked"] as const;
export type KeyViewStatus = (typeof KEY_VIEW_STATUSES)[number];

export const KEY_SORT_COLUMNS = ["name", "created", "lastUsed", "expires"] as const;
export type KeySortColumn = (typeof KEY_SORT_COLUMNS)[number];
export const KEY_SORTS = KEY_SORT_COLUMNS.flatMap((column) => [`${column}.asc`, `${column}.desc`] as const);
export type KeySort = `${KeySortColumn}.${"asc" | "desc"}`;

export const PERMISSION_FILTERS = ["any", "all", "read_only", "restricted"] as const;
export type PermissionFilter = (typeof PERMISSION_FILTERS)[number];

/** "all", "me", "machine" or a person's user id. */
export type OwnerFilter = string;

export const KEYS_PER_PAGE = 20;

export type KeyListView = {
  q: string;
  owner: OwnerFilter;
  permissions: PermissionFilter;
  status: KeyViewStatus;
  sort: KeySort;
  page: number;
};

export const DEFAULT_KEY_LIST_VIEW: KeyListView = {
  q: "",
  owner: "all",
  permissions: "any",
  status: "active",
  sort: "created.desc",
  page: 1,
};

/** What the view reads of a key (a structural slice of the dashboard's list item). */
export type ListedKey = {
  id: string;
  name: string;
  displayKey: string;
  scopes: readonly Permission[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  owner: { id: string; isMachine: boolean };
};

export type KeyListResult<K> = {
  /** The keys of the current page. */
  rows: K[];
  /** Keys matching the search, filters and status. */
  total: number;
  /** Keys matching the search and filters, per status tab. */
  counts: Record<KeyViewStatus, number>;
  /** The page shown: the one asked for, kept within 1…pageCount. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when nothing matches. */
  from: number;
  to: number;
};

/** The sort a header sets when first clicked: names A→Z, times newest (expiry: soonest) first. */
export const FIRST_DIRECTION: Record<KeySortColumn, "asc" | "desc"> = {
  name: "asc",
  created: "desc",
  lastUsed: "desc",
  expires: "asc",
};

/** Whether a key stands under a status tab at `now`; an expiring key is under both Active and Expiring soon. */
export function hasViewStatus(key: ListedKey, status: KeyViewStatus, now: number): boolean {
  const base = keyStatus(key, now);
  if (status !== "expiring") return base === status;
  return base === "active" && expiryStatus(key.expiresAt, now).kind === "soon";
}

/** `codeqr_...abcd` as typed matches the display form `codeqr_…abcd`. */
function normalize(text: string): string {
  return text.trim().toLowerCase().replaceAll("...", "…");
}

function matchesSearch(key: ListedKey, q: string): boolean {
  if (!q) return true;
  return [key.name, key.displayKey, key.id].some((field) => normalize(field).includes(q));
}

function matchesOwner(key: ListedKey, owner: OwnerFilter, currentUserId: string): boolean {
  if (owner === "all") return true;
  if (owner === "machine") return key.owner.isMachine;
  if (owner === "me") return key.owner.id === currentUserId;
  return key.owner.id === owner;
}

function matchesPermissions(key: ListedKey, permissions: PermissionFilter): boolean {
  return permissions === "any" || presetOf(key.scopes) === (permissions satisfies Preset);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Missing times (never used, never expires) sort last in both directions. */
function compareTimes(a: Date | null, b: Date | null, direction: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (a.getTime() - b.getTime()) * direction;
}

function comparator(sort: KeySort): (a: ListedKey, b: ListedKey) => number {
  const [column, order] = sort.split(".") as [KeySortColumn, "asc" | "desc"];
  const direction = order === "asc" ? 1 : -1;
  const primary = (a: ListedKey, b: ListedKey) => {
    if (column === "name") return collator.compare(a.name, b.name) * direction;
    if (column === "created") return (a.createdAt.getTime() - b.createdAt.getTime()) * direction;
    if (column === "lastUsed") return compareTimes(a.lastUsedAt, b.lastUsedAt, direction);
    return compareTimes(a.expiresAt, b.expiresAt, direction);
  };
  // Ties keep a stable order across refreshes: newest first, then by id.
  return (a, b) =>
    primary(a, b) ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Searches, filters, counts per status, sorts and pages the keys as the URL's view says. */
export function applyKeyListView<K extends ListedKey>(
  keys: readonly K[],
  view: KeyListView,
  context: { now: number; currentUserId: string },
): KeyListResult<K> {
  const q = normalize(view.q);
  const matching = keys.filter(
    (key) =>
      matchesSearch(key, q) &&
      matchesOwner(key, view.owner, context.currentUserId) &&
      matchesPermissions(key, view.permissions),
  );
  const counts = Object.fromEntries(
    KEY_VIEW_STATUSES.map((status) => [
      status,
      matching.filter((key) => hasViewStatus(key, status, context.now)).length,
    ]),
  ) as Record<KeyViewStatus, number>;
  const inStatus = matching.filter((key) => hasViewStatus(key, view.status, context.now));
  const sorted = inStatus.sort(comparator(view.sort));
  const pageCount = Math.max(1, Math.ceil(sorted.length / KEYS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(view.page) || 1), pageCount);
  const start = (page - 1) * KEYS_PER_PAGE;
  const rows = sorted.slice(start, start + KEYS_PER_PAGE);
  return {
    rows,
    total: sorted.length,
    counts,
    page,
    pageCount,
    from: rows.length === 0 ? 0 : start + 1,
    to: start + rows.length,
  };
}

/** Whether the search or a filter narrows the list (the status tab does not count). */
export function isFiltered(view: KeyListView): boolean {
  return (
    view.q.trim() !== "" ||
    view.owner !== DEFAULT_KEY_LIST_VIEW.owner ||
    view.permissions !== DEFAULT_KEY_LIST_VIEW.permissions
  );
}

/** Why the viewer may not create a key right now, or null: said beside Create, before any form is filled in. */
export function createKeyRefusal(input: {
  isMember: boolean;
  membersMayCreate: boolean;
  memberRefusal: string;
  activeCount: number;
  maxActiveKeys: number;
}): string | null {
  if (input.isMember && !input.membersMayCreate) return input.memberRefusal;
  if (input.activeCount >= input.maxActiveKeys)
    return `This project has ${input.maxActiveKeys} active keys, the most it may have. Revoke one to create another.`;
  return null;
}
