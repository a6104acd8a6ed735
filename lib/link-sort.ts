// The orders GET /api/links can list links in (Dub's `sortBy` and `sortOrder`), for the API schema and the query.

/** The fields links can be sorted by; links never clicked count as clicked before any other link. */
export const LINK_SORT_FIELDS = ["createdAt", "clicks", "lastClicked", "saleAmount"] as const;
export type LinkSortField = (typeof LINK_SORT_FIELDS)[number];

export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
