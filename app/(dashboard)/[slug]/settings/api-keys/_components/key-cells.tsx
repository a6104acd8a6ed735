"use client";

import Link from "next/link";
import { MachineBadge } from "@/components/machine-badge";
import { TruncatedText } from "@/components/truncated-text";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { PRESET_LABELS, presetOf } from "@/lib/api-keys/permissions";
import { canManageKey } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { DateText, useNow } from "./time-text";

/** Whether the viewer gets row actions: keys they may manage, never a revoked one. */
export function isManageable(apiKey: ApiKeyListItem, viewer: { role: Role; currentUserId: string }): boolean {
  return (
    !apiKey.revokedAt &&
    canManageKey({
      role: viewer.role,
      actorUserId: viewer.currentUserId,
      keyOwnerUserId: apiKey.owner.id,
      keyOwnerIsMachine: apiKey.owner.isMachine,
    })
  );
}

/** The key's name as a link to its page, cut to one line with the full name on hover and focus. */
export function KeyNameLink({ apiKey, slug }: { apiKey: ApiKeyListItem; slug: string }) {
  return (
    <TruncatedText text={apiKey.name} className="font-medium">
      <Link href={`/${slug}/settings/api-keys/${apiKey.id}`} className="underline-offset-4 hover:underline">
        {apiKey.name}
      </Link>
    </TruncatedText>
  );
}

export function PermissionsText({ apiKey }: { apiKey: ApiKeyListItem }) {
  return (
    <span title={apiKey.scopes.join(", ") || "No permissions"}>{PRESET_LABELS[presetOf(apiKey.scopes)]}</span>
  );
}

/** "You", a person's name, or the Machine badge with the machine user's name under it. */
export function OwnerText({
  owner,
  currentUserId,
}: {
  owner: ApiKeyListItem["owner"];
  currentUserId: string;
}) {
  if (owner.isMachine) {
    return (
      <span className="flex min-w-0 flex-wrap items-center gap-1">
        <MachineBadge name={owner.name} />
        <TruncatedText text={owner.name} className="max-w-full text-muted-foreground text-xs" />
      </span>
    );
  }
  if (owner.id === currentUserId) return <span>You</span>;
  return <TruncatedText text={owner.name} />;
}

/** "Old secret valid until …" while a rolled-out secret is still in its grace period; it wraps. */
export function OldSecretNote({ until }: { until: Date | null }) {
  const now = useNow();
  if (!until || now === null || until.getTime() <= Date.now()) return null;
  return (
    <p className="whitespace-normal text-muted-foreground text-xs">
      Old secret valid until <DateText date={until} withTime />
    </p>
  );
}

/** The display form, the grace note of a rolled key, and (`withPermissions`) the permission preset under them. */
export function DisplayKey({
  apiKey,
  withPermissions = false,
}: {
  apiKey: ApiKeyListItem;
  withPermissions?: boolean;
}) {
  return (
    <div className="grid min-w-0 justify-items-start gap-0.5">
      <code className="font-mono text-xs">{apiKey.displayKey}</code>
      <OldSecretNote until={apiKey.previousExpiresAt} />
      {withPermissions ? (
        <span className="text-muted-foreground text-xs">
          <PermissionsText apiKey={apiKey} />
        </span>
      ) : null}
    </div>
  );
}
