"use client";

import { PencilIcon, RefreshCwIcon, Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { useRefresh } from "@/lib/actions/use-action-query";
import { queryKeys } from "@/lib/query-keys";
import type { Role } from "@/lib/roles";
import { EditApiKeyDialog } from "../../_components/edit-api-key-dialog";
import type { KeyAction } from "../../_components/key-actions-menu";
import { RevokeApiKeyDialog } from "../../_components/revoke-api-key-dialog";
import { RollApiKeyDialog } from "../../_components/roll-api-key-dialog";
import { type RevealedSecret, SecretKeyDialog } from "../../_components/secret-key-dialog";

/** Edit, Roll and Revoke for a key the viewer may manage, with the same dialogs as the keys table. */
export function KeyActions({
  projectSlug,
  apiKey,
  role,
}: {
  projectSlug: string;
  apiKey: ApiKeyListItem;
  role: Role;
}) {
  const router = useRouter();
  const refreshList = useRefresh(queryKeys.apiKeys(projectSlug));
  // `seq` remounts a dialog so each opening starts from the key as the page shows it.
  const [open, setOpen] = useState<{ action: KeyAction; seq: number } | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  // The only place a plaintext secret lives, and only until its dialog closes.
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);

  function start(action: KeyAction) {
    setOpen((previous) => ({ action, seq: (previous?.seq ?? 0) + 1 }));
    setDialogOpen(true);
  }

  function changed() {
    setDialogOpen(false);
    void refreshList();
    router.refresh();
  }

  const dialogKey = open ? `${open.action}-${open.seq}` : undefined;
  const common = { projectSlug, apiKey, open: dialogOpen, onOpenChange: setDialogOpen };
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="outline" size="sm" onClick={() => start("edit")}>
        <PencilIcon aria-hidden /> Edit
      </Button>
      <Button variant="outline" size="sm" onClick={() => start("roll")}>
        <RefreshCwIcon aria-hidden /> Roll
      </Button>
      <Button variant="destructive" size="sm" onClick={() => start("revoke")}>
        <Trash2Icon aria-hidden /> Revoke
      </Button>
      {open?.action === "edit" ? (
        <EditApiKeyDialog key={dialogKey} {...common} role={role} onSaved={changed} />
      ) : null}
      {open?.action === "roll" ? (
        <RollApiKeyDialog
          key={dialogKey}
          {...common}
          onRolled={(secret, scopes) => {
            changed();
            setRevealed({ title: "API key rolled", secret, scopes });
          }}
        />
      ) : null}
      {open?.action === "revoke" ? (
        <RevokeApiKeyDialog
          key={dialogKey}
          {...common}
          // The revoked key stays, with who revoked it and its log: the page shows it as revoked.
          onRevoked={changed}
        />
      ) : null}
      <SecretKeyDialog revealed={revealed} onClose={() => setRevealed(null)} />
    </div>
  );
}
