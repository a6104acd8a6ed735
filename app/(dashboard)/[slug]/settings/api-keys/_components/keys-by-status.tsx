"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ApiKeyListItem, KeyRequestCounts } from "@/db/queries/api-keys";
import { EXPIRING_SOON_DAYS, expiryStatus } from "@/lib/api-keys/expiry-status";
import { KEY_STATUSES, type KeyStatus, keyStatus } from "@/lib/api-keys/key-status";
import type { Role } from "@/lib/roles";
import { ApiKeysTable } from "./api-keys-table";
import type { KeyAction } from "./key-actions-menu";
import { useNow } from "./time-text";

const LABELS: Record<KeyStatus, string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

type KeysByStatusProps = {
  keys: ApiKeyListItem[];
  requests: Record<string, KeyRequestCounts>;
  currentUserId: string;
  role: Role;
  onAction: (action: KeyAction, apiKey: ApiKeyListItem, trigger: HTMLElement | null) => void;
};

function groupByStatus(keys: ApiKeyListItem[], now: number) {
  const groups: Record<KeyStatus, ApiKeyListItem[]> = { active: [], expired: [], revoked: [] };
  for (const key of keys) groups[keyStatus(key, now)].push(key);
  const expiringSoon = groups.active.filter(
    (key) => key.expiresAt && expiryStatus(key.expiresAt, now).kind === "soon",
  ).length;
  return { groups, expiringSoon };
}

/** The keys under an Active / Expired / Revoked filter (Active first), with how many expire within a week. */
export function KeysByStatus({ keys, ...tableProps }: KeysByStatusProps) {
  const [status, setStatus] = useState<KeyStatus>("active");
  // Before hydration the server's clock stands in; the tick corrects it within seconds.
  const now = useNow() ?? Date.now();
  const { groups, expiringSoon } = groupByStatus(keys, now);
  return (
    <Tabs
      value={status}
      onValueChange={(value) => setStatus(value as KeyStatus)}
      // A grid item sizes to its content unless allowed to shrink: the table scrolls inside the card instead.
      className="min-w-0 gap-4"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <TabsList aria-label="Key status">
          {KEY_STATUSES.map((value) => (
            <TabsTrigger key={value} value={value}>
              {LABELS[value]}
              <span className="text-muted-foreground text-xs tabular-nums">{groups[value].length}</span>
            </TabsTrigger>
          ))}
        </TabsList>
        {expiringSoon > 0 ? (
          <Badge variant="outline" title={`Active keys that expire within ${EXPIRING_SOON_DAYS} days`}>
            {expiringSoon} expiring soon
          </Badge>
        ) : null}
      </div>
      {KEY_STATUSES.map((value) => (
        <TabsContent key={value} value={value}>
          {groups[value].length === 0 ? (
            <p className="py-6 text-center text-muted-foreground text-sm">
              No {LABELS[value].toLowerCase()} keys.
            </p>
          ) : (
            <ApiKeysTable keys={groups[value]} {...tableProps} />
          )}
        </TabsContent>
      ))}
    </Tabs>
  );
}
