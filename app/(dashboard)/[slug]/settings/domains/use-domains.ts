"use client";

import { type ActionQuery, useActionQuery, useRefresh } from "@/lib/actions/use-action-query";
import { queryKeys } from "@/lib/query-keys";
import { listDomainsAction } from "./actions";
import type { DomainView } from "./domain-views";

const domainsKey = (slug: string) => [...queryKeys.project(slug), "domains"] as const;

/** The project's domains with their verification records, seeded by the server page. */
export function useDomains(slug: string, initialData: DomainView[]): ActionQuery<DomainView[]> {
  return useActionQuery({
    queryKey: domainsKey(slug),
    load: () => listDomainsAction({ projectSlug: slug }),
    initialData,
  });
}

/** Refetches the domains after a change. */
export function useRefreshDomains(slug: string): () => Promise<void> {
  return useRefresh(domainsKey(slug));
}
