"use client";

import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import {
  DEFAULT_KEY_LIST_VIEW,
  KEY_SORTS,
  KEY_VIEW_STATUSES,
  type KeyListView,
  PERMISSION_FILTERS,
} from "@/lib/api-keys/key-list-view";

const parsers = {
  q: parseAsString.withDefault(DEFAULT_KEY_LIST_VIEW.q),
  owner: parseAsString.withDefault(DEFAULT_KEY_LIST_VIEW.owner),
  permissions: parseAsStringLiteral(PERMISSION_FILTERS).withDefault(DEFAULT_KEY_LIST_VIEW.permissions),
  status: parseAsStringLiteral(KEY_VIEW_STATUSES).withDefault(DEFAULT_KEY_LIST_VIEW.status),
  sort: parseAsStringLiteral(KEY_SORTS).withDefault(DEFAULT_KEY_LIST_VIEW.sort),
  page: parseAsInteger.withDefault(DEFAULT_KEY_LIST_VIEW.page),
};

/**
 * The keys table's view in the URL (`?q=&owner=&permissions=&status=&sort=&page=`), so it can be shared and
 * survives a reload; defaults stay out of the URL. Narrowing the list goes back to its first page.
 */
export function useKeyListView(): [KeyListView, (change: Partial<KeyListView>) => void] {
  const [view, setView] = useQueryStates(parsers, { history: "replace", scroll: false });
  function update(change: Partial<KeyListView>) {
    const narrows = "q" in change || "owner" in change || "permissions" in change || "status" in change;
    void setView(narrows && !("page" in change) ? { ...change, page: null } : change);
  }
  return [view, update];
}
