"use client";

import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { DateText } from "./time-text";

/** "Revoked Dec 2, 2026 by Ada · owner left the project" under a revoked key's name. */
export function RevokedNote({ apiKey }: { apiKey: ApiKeyListItem }) {
  if (!apiKey.revokedAt) return null;
  return (
    <p className="max-w-56 whitespace-normal font-normal text-muted-foreground text-xs">
      Revoked <DateText date={apiKey.revokedAt} />
      {apiKey.revokedBy ? ` by ${apiKey.revokedBy.name}` : null}
      {apiKey.revokeReason ? ` · ${apiKey.revokeReason}` : null}
    </p>
  );
}
