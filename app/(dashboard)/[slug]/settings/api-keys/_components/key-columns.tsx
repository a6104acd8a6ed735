"use client";

import type { ColumnDef } from "@tanstack/react-table";
import type { ApiKeyListItem, KeyRequestCounts } from "@/db/queries/api-keys";
import type { KeySortColumn } from "@/lib/api-keys/key-list-view";
import type { Role } from "@/lib/roles";
import { type KeyAction, KeyActionsMenu } from "./key-actions-menu";
import { DisplayKey, isManageable, KeyNameLink, OwnerText } from "./key-cells";
import { KeyRequestsCell } from "./key-requests-cell";
import { KeyPolicyNote } from "./out-of-policy-badge";
import { RevokedNote } from "./revoked-note";
import { DateText, ExpiryText, RelativeTime } from "./time-text";

export type KeyTableContext = {
  slug: string;
  currentUserId: string;
  role: Role;
  /** Keys without requests in the last 24 hours are missing. */
  requests: Record<string, KeyRequestCounts>;
  onAction: (action: KeyAction, apiKey: ApiKeyListItem, trigger: HTMLElement | null) => void;
};

/** What a column's header sorts by, if anything. */
export const SORTABLE: Partial<Record<string, KeySortColumn>> = {
  name: "name",
  created: "created",
  lastUsed: "lastUsed",
  expires: "expires",
};

/**
 * Fixed widths (the table lays out as `table-fixed`) so that the name takes what is left and truncates,
 * and Created, Last used, Expires and the actions never leave the card (about 840 px wide at 1440 px).
 * The permissions sit under the key to make room; Created gives way below 1280 px.
 */
export const COLUMN_CLASSES: Record<string, string> = {
  name: "w-auto",
  key: "w-[6.5rem]",
  owner: "w-[6.5rem]",
  created: "hidden w-[6.5rem] xl:table-cell",
  lastUsed: "w-[6.5rem] whitespace-normal",
  expires: "w-[6.5rem] whitespace-normal",
  requests: "w-[5.5rem] whitespace-normal",
  actions: "w-12 text-right",
};

/** The keys table's columns (the shadcn data-table pattern); the list's logic lives in key-list-view. */
export function keyColumns(context: KeyTableContext): ColumnDef<ApiKeyListItem>[] {
  return [
    {
      id: "name",
      header: "Name",
      cell: ({ row: { original } }) => (
        <div className="grid min-w-0 justify-items-start gap-1">
          <KeyNameLink apiKey={original} slug={context.slug} />
          <RevokedNote apiKey={original} />
          {original.revokedAt ? null : <KeyPolicyNote apiKey={original} />}
        </div>
      ),
    },
    {
      id: "key",
      header: "Key",
      cell: ({ row }) => <DisplayKey apiKey={row.original} withPermissions />,
    },
    {
      id: "owner",
      header: "Owner",
      cell: ({ row }) => <OwnerText owner={row.original.owner} currentUserId={context.currentUserId} />,
    },
    { id: "created", header: "Created", cell: ({ row }) => <DateText date={row.original.createdAt} /> },
    {
      id: "lastUsed",
      header: "Last used",
      cell: ({ row }) => <RelativeTime date={row.original.lastUsedAt} />,
    },
    {
      id: "expires",
      header: "Expires",
      cell: ({ row }) => <ExpiryText expiresAt={row.original.expiresAt} />,
    },
    {
      id: "requests",
      header: "Requests (24 h)",
      cell: ({ row }) => <KeyRequestsCell counts={context.requests[row.original.id]} />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row: { original } }) =>
        isManageable(original, context) ? (
          <KeyActionsMenu
            keyName={original.name}
            onSelect={(action, trigger) => context.onAction(action, original, trigger)}
          />
        ) : null,
    },
  ];
}
