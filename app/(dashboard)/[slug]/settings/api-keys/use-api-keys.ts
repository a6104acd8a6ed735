"use client";

import type { ApiKeysOverview } from "@/db/queries/api-keys";
import { type ActionQuery, useActionQuery } from "@/lib/actions/use-action-query";
import { queryKeys } from "@/lib/query-keys";
import { getPublishableKeyAction, listApiKeysAction } from "./actions";

/** The publishable key as the dashboard shows it (public by design, so it may be cached). */
export type PublishableKeyView = { token: string; createdAt: Date };

/** How often the keys table reloads while visible, so "Last used" and the request counts stay current. */
const REFRESH_MS = 10_000;

/**
 * The project's secret keys (metadata only: the list never carries a secret) with their last 24 hours of
 * requests, seeded by the server page and reloaded every 10 s while the tab is visible.
 */
export function useApiKeys(projectSlug: string, initialData: ApiKeysOverview): ActionQuery<ApiKeysOverview> {
  return useActionQuery({
    queryKey: queryKeys.apiKeys(projectSlug),
    load: () => listApiKeysAction({ projectSlug }),
    initialData,
    refetchIntervalMs: REFRESH_MS,
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
