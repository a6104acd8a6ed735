"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { MachineBadge } from "@/components/machine-badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeyListItem, KeyRequestCounts } from "@/db/queries/api-keys";
import { PRESET_LABELS, presetOf } from "@/lib/api-keys/permissions";
import { canManageKey } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { type KeyAction, KeyActionsMenu } from "./key-actions-menu";
import { KeyRequestsCell } from "./key-requests-cell";
import { KeyPolicyNote } from "./out-of-policy-badge";
import { RevokedNote } from "./revoked-note";
import { DateText, ExpiryText, RelativeTime, useNow } from "./time-text";

const REQUESTS = "Requests (24 h)";
const COLUMNS = ["Name", "Key", "Permissions", "Owner", "Created", "Last used", "Expires", REQUESTS];

type ApiKeysTableProps = {
  keys: ApiKeyListItem[];
  /** Keys without requests in the last 24 hours are missing. */
  requests: Record<string, KeyRequestCounts>;
  currentUserId: string;
  role: Role;
  onAction: (action: KeyAction, apiKey: ApiKeyListItem, trigger: HTMLElement | null) => void;
};

function Owner({ owner, currentUserId }: { owner: ApiKeyListItem["owner"]; currentUserId: string }) {
  if (owner.isMachine) {
    return (
      <span className="inline-flex items-center gap-2">
        <MachineBadge name={owner.name} />
        <span className="truncate">{owner.name}</span>
      </span>
    );
  }
  if (owner.id === currentUserId) return <span>You</span>;
  return <span title={owner.email ?? undefined}>{owner.name}</span>;
}

/** "Old secret valid until …" while a rolled-out secret is still in its grace period. */
function OldSecretNote({ until }: { until: Date | null }) {
  const now = useNow();
  if (!until || now === null || until.getTime() <= Date.now()) return null;
  return (
    <p className="text-muted-foreground text-xs">
      Old secret valid until <DateText date={until} withTime />
    </p>
  );
}

/** The keys given; row actions only on those the viewer may manage, and none on a revoked key. */
export function ApiKeysTable({ keys, requests, currentUserId, role, onAction }: ApiKeysTableProps) {
  const { slug } = useParams<{ slug: string }>();
  return (
    <Table aria-label="API keys">
      <ApiKeysTableHeader />
      <TableBody>
        {keys.map((apiKey) => {
          const manageable =
            !apiKey.revokedAt &&
            canManageKey({
              role,
              actorUserId: currentUserId,
              keyOwnerUserId: apiKey.owner.id,
              keyOwnerIsMachine: apiKey.owner.isMachine,
            });
          return (
            <TableRow key={apiKey.id} data-key-id={apiKey.id}>
              {/* Name and Last used may wrap, so that the row's actions stay in view on a desktop. */}
              <TableCell className="min-w-28 whitespace-normal font-medium">
                <Link
                  href={`/${slug}/settings/api-keys/${apiKey.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  {apiKey.name}
                </Link>
                <RevokedNote apiKey={apiKey} />
                {apiKey.revokedAt ? null : <KeyPolicyNote apiKey={apiKey} />}
              </TableCell>
              <TableCell>
                <code className="font-mono text-xs">{apiKey.displayKey}</code>
                <OldSecretNote until={apiKey.previousExpiresAt} />
              </TableCell>
              <TableCell title={apiKey.scopes.join(", ") || "No permissions"}>
                {PRESET_LABELS[presetOf(apiKey.scopes)]}
              </TableCell>
              <TableCell>
                <Owner owner={apiKey.owner} currentUserId={currentUserId} />
              </TableCell>
              <TableCell>
                <DateText date={apiKey.createdAt} />
              </TableCell>
              <TableCell className="whitespace-normal">
                <RelativeTime date={apiKey.lastUsedAt} />
              </TableCell>
              <TableCell>
                <ExpiryText expiresAt={apiKey.expiresAt} />
              </TableCell>
              <TableCell>
                <KeyRequestsCell counts={requests[apiKey.id]} />
              </TableCell>
              <TableCell className="w-12 text-right">
                {manageable ? (
                  <KeyActionsMenu
                    keyName={apiKey.name}
                    onSelect={(action, trigger) => onAction(action, apiKey, trigger)}
                  />
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ApiKeysTableHeader() {
  return (
    <TableHeader>
      <TableRow>
        {COLUMNS.map((column) => (
          // The one header longer than its cells wraps, so the new column costs little width.
          <TableHead key={column} className={column === REQUESTS ? "whitespace-normal" : undefined}>
            {column}
          </TableHead>
        ))}
        <TableHead>
          <span className="sr-only">Actions</span>
        </TableHead>
      </TableRow>
    </TableHeader>
  );
}

/** Placeholder rows while the list loads with nothing to show yet. */
export function ApiKeysTableSkeleton() {
  return (
    <Table aria-label="API keys" aria-busy="true">
      <ApiKeysTableHeader />
      <TableBody>
        {[0, 1, 2].map((row) => (
          <TableRow key={row}>
            {[...COLUMNS, "actions"].map((column) => (
              <TableCell key={column}>
                <Skeleton className="h-4 w-full min-w-12" />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
