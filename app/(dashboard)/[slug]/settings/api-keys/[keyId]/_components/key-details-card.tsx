"use client";

import type { ReactNode } from "react";
import { CopyButton } from "@/components/copy-button";
import { MachineBadge } from "@/components/machine-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { displayAddress } from "@/lib/display-address";
import type { Role } from "@/lib/roles";
import { RevokedNote } from "../../_components/revoked-note";
import { DateText, ExpiryText, RelativeTime } from "../../_components/time-text";
import { AllowedAddresses } from "./allowed-addresses";
import { KeyActions } from "./key-actions";
import { PermissionsGrid } from "./permissions-grid";

type KeyDetailsCardProps = {
  projectSlug: string;
  apiKey: ApiKeyListItem;
  role: Role;
  currentUserId: string;
  manageable: boolean;
  creator: { id: string; name: string } | null;
  lastRequest: { at: Date; clientAddress: string; userAgent: string | null } | null;
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-1">
      <dt className="text-muted-foreground text-sm">{label}</dt>
      <dd className="min-w-0 break-words text-sm">{children}</dd>
    </div>
  );
}

/** "The key": what it is, whose it is, when it was used last and from where, and what it may do. */
export function KeyDetailsCard({
  projectSlug,
  apiKey,
  role,
  currentUserId,
  manageable,
  creator,
  lastRequest,
}: KeyDetailsCardProps) {
  const { owner } = apiKey;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h3>The key</h3>
        </CardTitle>
        {manageable && !apiKey.revokedAt ? (
          <CardAction>
            <KeyActions projectSlug={projectSlug} apiKey={apiKey} role={role} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        <dl className="grid gap-4 sm:grid-cols-2">
          <Field label="Name">{apiKey.name}</Field>
          <Field label="Key">
            <code className="font-mono text-xs">{apiKey.displayKey}</code>
          </Field>
          <Field label="Key id">
            <span className="flex flex-wrap items-center gap-2">
              <code className="break-all font-mono text-xs">{apiKey.id}</code>
              <CopyButton value={apiKey.id} subject="key id" size="sm" />
            </span>
          </Field>
          <Field label="Owner">
            {owner.isMachine ? (
              <span className="inline-flex items-center gap-2">
                <MachineBadge name={owner.name} />
                {owner.name}
              </span>
            ) : owner.id === currentUserId ? (
              "You"
            ) : (
              <span title={owner.email ?? undefined}>{owner.name}</span>
            )}
          </Field>
          <Field label="Created by">
            {creator ? (
              creator.id === currentUserId ? (
                "You"
              ) : (
                creator.name
              )
            ) : (
              <span className="text-muted-foreground">A deleted person</span>
            )}
          </Field>
          <Field label="Created">
            <DateText date={apiKey.createdAt} withTime />
          </Field>
          <Field label="Expires">
            <ExpiryText expiresAt={apiKey.expiresAt} />
          </Field>
          {apiKey.revokedAt ? (
            <Field label="Status">
              <Badge variant="destructive">Revoked</Badge>
              <RevokedNote apiKey={apiKey} />
            </Field>
          ) : null}
          <Field label="Last used">
            <RelativeTime date={lastRequest?.at ?? apiKey.lastUsedAt} />
            {lastRequest ? (
              <span className="block text-muted-foreground text-xs">
                from <span className="font-mono">{displayAddress(lastRequest.clientAddress)}</span>
                {lastRequest.userAgent ? ` · ${lastRequest.userAgent}` : null}
              </span>
            ) : null}
          </Field>
        </dl>
        <PermissionsGrid scopes={apiKey.scopes} />
        <AllowedAddresses apiKey={apiKey} />
      </CardContent>
    </Card>
  );
}
