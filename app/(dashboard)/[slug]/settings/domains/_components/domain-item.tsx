"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { DomainView } from "../domain-views";
import { DnsRecord } from "./dns-record";
import { DeleteDomainButton, MakePrimaryButton, VerifyButton } from "./domain-actions";

type Props = { slug: string; domain: DomainView; canManage: boolean };

export type CheckResult = { verified: boolean; message: string };

export function DomainItem({ slug, domain, canManage }: Props) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const headingId = `domain-${domain.id}`;
  return (
    <li aria-labelledby={headingId} className="grid gap-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="min-w-0 break-all font-medium">
          {domain.slug}
        </h3>
        {domain.verified ? <Badge>Verified</Badge> : <Badge variant="outline">Pending verification</Badge>}
        {domain.primary ? <Badge variant="secondary">Primary</Badge> : null}
      </div>
      {domain.verified ? (
        <p className="text-muted-foreground text-sm">
          Serves short links. Keep this TXT record in place: a later check that misses it marks the domain
          pending.
        </p>
      ) : (
        <p className="text-muted-foreground text-sm">
          Create this TXT record at your DNS provider, then verify. Until then the domain serves no short
          links.
        </p>
      )}
      <DnsRecord record={domain.record} />
      {result ? (
        <p
          role="status"
          className={cn(
            "text-sm",
            result.verified ? "text-green-700 dark:text-green-400" : "text-destructive",
          )}
        >
          {result.message}
        </p>
      ) : null}
      {canManage ? (
        <div className="flex flex-wrap gap-2">
          <VerifyButton slug={slug} domain={domain} onChecked={setResult} />
          {domain.verified && !domain.primary ? <MakePrimaryButton slug={slug} domain={domain} /> : null}
          <DeleteDomainButton slug={slug} domain={domain} />
        </div>
      ) : null}
    </li>
  );
}
