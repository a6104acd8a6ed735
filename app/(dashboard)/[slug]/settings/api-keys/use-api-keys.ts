"use client";

import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { type ActionQuery, useActionQuery } from "@/lib/actions/use-action-query";
import { queryKeys } from "@/lib/query-keys";
import { getPublishableKeyAction, listApiKeysAction } from "./actions";

/** The publishable key as the dashboard shows it (public by design, so it may be cached). */
export type PublishableKeyView = { token: string; createdAt: Date };

/** The project's secret keys (metadata only: the list never carries a secret), seeded by the server page. */
export function useApiKeys(
  projectSlug: string,
  initialData: ApiKeyListItem[],
): ActionQuery<ApiKeyListItem[]> {
  return useActionQuery({
    queryKey: queryKeys.apiKeys(projectSlug),
    load: () => listApiKeysAction({ projectSlug }),
    initialData,
  });
}

/** The project's publishable key (owners only). */
export function usePublishableKey(
  projectSlug: string,
  initialData: PublishableKeyView | null,
): ActionQuery<PublishableKeyView | null> {
  return useActionQuery({
    queryKey: queryKeys.publishableKey(projectSlug),
    load: async () => {
      const result = await getPublishableKeyAction({ projectSlug });
      if (!result.ok) return result;
      return {
        ok: true,
        data: result.data && { token: result.data.token, createdAt: result.data.createdAt },
      };
    },
    initialData,
  });
}
