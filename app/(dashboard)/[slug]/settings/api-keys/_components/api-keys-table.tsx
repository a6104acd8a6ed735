"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { PRESET_LABELS, presetOf } from "@/lib/api-keys/permissions";
import { canManageKey } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { type KeyAction, KeyActionsMenu } from "./key-actions-menu";
import { DateText, ExpiryText, RelativeTime, useNow } from "./time-text";

const COLUMNS = ["Name", "Key", "Permissions", "Owner", "Created", "Last used", "Expires"];

type ApiKeysTableProps = {
  keys: ApiKeyListItem[];
  currentUserId: string;
  role: Role;
  onAction: (action: KeyAction, apiKey: ApiKeyListItem, trigger: HTMLElement | null) => void;
};

function Owner({ owner, currentUserId }: { owner: ApiKeyListItem["owner"]; currentUserId: string }) {
  if (owner.isMachine) {
    return (
      <Badge variant="secondary" title={owner.name}>
        Machine
      </Badge>
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

/** Every key of the project; row actions only on the keys the viewer may manage. */
export function ApiKeysTable({ keys, currentUserId, role, onAction }: ApiKeysTableProps) {
  const { slug } = useParams<{ slug: string }>();
  return (
    <Table aria-label="API keys">
      <ApiKeysTableHeader />
      <TableBody>
        {keys.map((apiKey) => {
          const manageable = canManageKey({
            role,
            actorUserId: currentUserId,
            keyOwnerUserId: apiKey.owner.id,
            keyOwnerIsMachine: apiKey.owner.isMachine,
          });
          return (
            <TableRow key={apiKey.id} data-key-id={apiKey.id}>
              <TableCell className="font-medium">
                <Link
                  href={`/${slug}/settings/api-keys/${apiKey.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  {apiKey.name}
                </Link>
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
              <TableCell>
                <RelativeTime date={apiKey.lastUsedAt} />
              </TableCell>
              <TableCell>
                <ExpiryText expiresAt={apiKey.expiresAt} />
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
          <TableHead key={column}>{column}</TableHead>
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
