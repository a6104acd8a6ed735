"use client";

import type { Row } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { hasViewStatus } from "@/lib/api-keys/key-list-view";
import { KeyActionsMenu } from "./key-actions-menu";
import { DisplayKey, isManageable, KeyNameLink, OwnerText, PermissionsText } from "./key-cells";
import type { KeyTableContext } from "./key-columns";
import { KeyRequestsCell } from "./key-requests-cell";
import { KeyPolicyNote } from "./out-of-policy-badge";
import { RevokedNote } from "./revoked-note";
import { DateText, ExpiryText, RelativeTime, useNow } from "./time-text";

/** Active, Expiring soon, Expired or Revoked, as the tabs name them. */
function StatusBadge({ apiKey }: { apiKey: ApiKeyListItem }) {
  const now = useNow();
  if (now === null) return null;
  if (hasViewStatus(apiKey, "revoked", now)) return <Badge variant="secondary">Revoked</Badge>;
  if (hasViewStatus(apiKey, "expired", now)) return <Badge variant="destructive">Expired</Badge>;
  if (hasViewStatus(apiKey, "expiring", now)) return <Badge variant="outline">Expiring soon</Badge>;
  return <Badge variant="outline">Active</Badge>;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 content-start gap-0.5">
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/** Below 1024 px each key is a card: name, key and status first, the row actions always in view. */
export function KeyCardList({ rows, context }: { rows: Row<ApiKeyListItem>[]; context: KeyTableContext }) {
  return (
    <ul aria-label="API keys" className="grid gap-3 lg:hidden">
      {rows.map(({ original: apiKey }) => (
        <li key={apiKey.id} data-key-id={apiKey.id} className="grid gap-3 rounded-lg border p-3 text-sm">
          <div className="flex items-start gap-2">
            <div className="grid min-w-0 flex-1 justify-items-start gap-1">
              <KeyNameLink apiKey={apiKey} slug={context.slug} />
              <DisplayKey apiKey={apiKey} />
            </div>
            <StatusBadge apiKey={apiKey} />
            {isManageable(apiKey, context) ? (
              <KeyActionsMenu
                keyName={apiKey.name}
                onSelect={(action, trigger) => context.onAction(action, apiKey, trigger)}
              />
            ) : null}
          </div>
          <RevokedNote apiKey={apiKey} />
          {apiKey.revokedAt ? null : <KeyPolicyNote apiKey={apiKey} />}
          <dl className="grid grid-cols-2 gap-x-3 gap-y-2">
            <Detail label="Permissions">
              <PermissionsText apiKey={apiKey} />
            </Detail>
            <Detail label="Owner">
              <OwnerText owner={apiKey.owner} currentUserId={context.currentUserId} />
            </Detail>
            <Detail label="Created">
              <DateText date={apiKey.createdAt} />
            </Detail>
            <Detail label="Last used">
              <RelativeTime date={apiKey.lastUsedAt} />
            </Detail>
            <Detail label="Expires">
              <ExpiryText expiresAt={apiKey.expiresAt} />
            </Detail>
            <Detail label="Requests (24 h)">
              <KeyRequestsCell counts={context.requests[apiKey.id]} />
            </Detail>
          </dl>
        </li>
      ))}
    </ul>
  );
}
