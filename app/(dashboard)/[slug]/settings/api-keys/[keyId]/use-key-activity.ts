"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RequestCursor, UsageRange } from "@/db/queries/request-log";
import type { ActionResult } from "@/lib/actions/result";
import { queryKeys } from "@/lib/query-keys";
import { type KeyRequestsPage, type KeyUsage, keyRequestsAction, keyUsageAction } from "./actions";
import type { StatusFilter } from "./activity-schemas";

/** New requests show up within a few seconds; React Query pauses the interval while the tab is hidden. */
const POLL_MS = 3_000;

async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error);
  return settled.data;
}

type KeyPageRef = { projectSlug: string; keyId: string };

/** A range's series, figures and top routes; `initial` is the server page's 24-hour load. */
export function useKeyUsage({ projectSlug, keyId }: KeyPageRef, range: UsageRange, initial: KeyUsage) {
  return useQuery({
    queryKey: [...queryKeys.apiKey(projectSlug, keyId), "usage", range],
    queryFn: () => unwrap(keyUsageAction({ projectSlug, keyId, range })),
    initialData: range === "24h" ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}

export type RequestFilters = { status: StatusFilter; routeId: string | null };

/** One page of recent requests after `before` (the newest page without), narrowed by the filters. */
export function useKeyRequests(
  { projectSlug, keyId }: KeyPageRef,
  filters: RequestFilters,
  before: RequestCursor | null,
  initial: KeyRequestsPage,
) {
  const isFirstUnfiltered = filters.status === "all" && filters.routeId === null && before === null;
  return useQuery({
    queryKey: [
      ...queryKeys.apiKey(projectSlug, keyId),
      "requests",
      filters.status,
      filters.routeId,
      before ? `${before.at.toISOString()}/${before.requestId}` : null,
    ],
    queryFn: () =>
      unwrap(
        keyRequestsAction({
          projectSlug,
          keyId,
          before: before ?? undefined,
          statusClass: filters.status === "all" ? undefined : Number(filters.status),
          routeId: filters.routeId ?? undefined,
        }),
      ),
    initialData: isFirstUnfiltered ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}
