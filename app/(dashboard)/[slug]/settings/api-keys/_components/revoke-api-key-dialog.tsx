"use client";

import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { useServerAction } from "@/lib/actions/use-server-action";
import { revokeApiKeyAction } from "../actions";

type RevokeApiKeyDialogProps = {
  projectSlug: string;
  apiKey: ApiKeyListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo?: HTMLElement | null;
  onRevoked: () => void;
};

/** Confirms revoking a key; a machine user's key takes the machine user with it. */
export function RevokeApiKeyDialog({
  projectSlug,
  apiKey,
  open,
  onOpenChange,
  returnFocusTo,
  onRevoked,
}: RevokeApiKeyDialogProps) {
  const revoke = useServerAction(revokeApiKeyAction);

  async function onConfirm() {
    const result = await revoke.run({ projectSlug, keyId: apiKey.id });
    if (!result.ok) return;
    toast.success("API key revoked");
    onRevoked();
  }

  return (
    <ActionDialog
      kind="confirm"
      open={open}
      onOpenChange={onOpenChange}
      onClose={revoke.reset}
      returnFocusTo={returnFocusTo}
      title="Revoke API key"
      description={
        <>
          <strong className="font-medium">{apiKey.name}</strong> (
          <span className="font-mono">{apiKey.displayKey}</span>) stops working immediately. This cannot be
          undone.
          {apiKey.owner.isMachine
            ? ` This also removes the machine user ${apiKey.owner.name} from the project.`
            : null}
        </>
      }
      submitLabel="Revoke key"
      pendingLabel="Revoking…"
      pending={revoke.pending}
      error={revoke.formError}
      onSubmit={onConfirm}
    />
  );
}
