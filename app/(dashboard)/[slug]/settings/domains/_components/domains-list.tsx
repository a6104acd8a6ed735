"use client";

import { FormAlert } from "@/components/form-alert";
import type { DomainView } from "../domain-views";
import { useDomains } from "../use-domains";
import { DomainItem } from "./domain-item";

type Props = { slug: string; canManage: boolean; initialDomains: DomainView[] };

export function DomainsList({ slug, canManage, initialDomains }: Props) {
  const { query: domains } = useDomains(slug, initialDomains);
  const error = domains.isError ? (
    <FormAlert message={`Could not refresh the list. ${domains.error.message}`} />
  ) : null;
  if (domains.data.length === 0) {
    return (
      <div className="grid gap-3">
        {error}
        <p className="text-muted-foreground text-sm">
          No domains yet. Links use the app's own domain until a verified domain is made primary.
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      {error}
      <ul aria-label="Domains" aria-busy={domains.isFetching || undefined} className="grid gap-3">
        {domains.data.map((domain) => (
          <DomainItem key={domain.id} slug={slug} domain={domain} canManage={canManage} />
        ))}
      </ul>
    </div>
  );
}
