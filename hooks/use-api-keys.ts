"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import {
  getPublishableKeyAction,
  listApiKeysAction,
} from "@/app/(dashboard)/[slug]/settings/api-keys/actions";
import type { ApiKeyListItem } from "@/db/queries/api-keys";

export const apiKeysQueryKey = (projectSlug: string) => ["api-keys", projectSlug] as const;
export const publishableKeyQueryKey = (projectSlug: string) => ["publishable-key", projectSlug] as const;

/** The publishable key as the dashboard shows it (public by design, so it may be cached). */
export type PublishableKeyView = { token: string; createdAt: Date };

/**
 * The project's secret keys (metadata only: the list never carries a secret), seeded by the server page.
 * Call `invalidate` after every mutation.
 */
export function useApiKeys(projectSlug: string, initialData: ApiKeyListItem[]) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: apiKeysQueryKey(projectSlug),
    queryFn: async () => {
      const result = await listApiKeysAction({ projectSlug });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    initialData,
  });
  const invalidate = useCallback(
    () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(projectSlug) }),
    [queryClient, projectSlug],
  );
  return { query, invalidate };
}

/** The project's publishable key (owners only); `set` stores what a mutation returned. */
export function usePublishableKey(projectSlug: string, initialData: PublishableKeyView | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: publishableKeyQueryKey(projectSlug),
    queryFn: async (): Promise<PublishableKeyView | null> => {
      const result = await getPublishableKeyAction({ projectSlug });
      if (!result.ok) throw new Error(result.error);
      return result.data && { token: result.data.token, createdAt: result.data.createdAt };
    },
    initialData,
  });
  const set = useCallback(
    (key: PublishableKeyView | null) => queryClient.setQueryData(publishableKeyQueryKey(projectSlug), key),
    [queryClient, projectSlug],
  );
  return { query, set };
}
