"use client";

import { type DefinedUseQueryResult, type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { failureFromThrown } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";

/** What every resource hook returns: the query, a refetch after a mutation, and a direct update. */
export type ActionQuery<T> = {
  query: DefinedUseQueryResult<T, Error>;
  refresh: () => Promise<void>;
  set: (data: T) => void;
};

/** Refetches every query under `queryKey` (a prefix from `queryKeys`), e.g. after a mutation. */
export function useRefresh(queryKey: QueryKey): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey });
}

/**
 * A resource the server page seeds (`initialData`) and a server action reloads; a failed load becomes the
 * query's error, with the action's message. With `refetchIntervalMs` it reloads that often while the tab is
 * visible (never in the background).
 */
export function useActionQuery<T>({
  queryKey,
  load,
  initialData,
  refetchIntervalMs,
}: {
  queryKey: QueryKey;
  load: () => Promise<ActionResult<T>>;
  initialData: T;
  refetchIntervalMs?: number;
}): ActionQuery<T> {
  const queryClient = useQueryClient();
  const refresh = useRefresh(queryKey);
  const query = useQuery<T, Error>({
    queryKey,
    queryFn: async () => {
      // A lost connection and a failed server read differently, as they do for forms.
      const result = await load().catch(failureFromThrown);
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    initialData: initialData as Exclude<T, undefined>,
    refetchInterval: refetchIntervalMs,
    refetchIntervalInBackground: false,
  });
  return { query, refresh, set: (data) => queryClient.setQueryData(queryKey, data) };
}
