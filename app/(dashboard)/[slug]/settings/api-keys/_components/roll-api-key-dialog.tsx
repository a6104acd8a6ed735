"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { useServerAction } from "@/lib/actions/use-server-action";
import type { Permission } from "@/lib/api-keys/permissions";
import { GRACE_PERIOD_LABELS, GRACE_PERIODS, type GracePeriod } from "@/lib/api-keys/schemas";
import { rollApiKeyAction } from "../actions";
import { ChoiceGroup } from "./choice-group";

type RollApiKeyDialogProps = {
  projectSlug: string;
  apiKey: ApiKeyListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo?: HTMLElement | null;
  /** Receives the new plaintext secret, to be shown once, and the key's permissions (for its first request). */
  onRolled: (secret: string, scopes: readonly Permission[]) => void;
};

const GRACE_CHOICES = GRACE_PERIODS.map((grace) => ({ value: grace, label: GRACE_PERIOD_LABELS[grace] }));

/** The "Roll API key" dialog: a new secret for the same key, the old one kept for a grace period. */
export function RollApiKeyDialog({
  projectSlug,
  apiKey,
  open,
  onOpenChange,
  returnFocusTo,
  onRolled,
}: RollApiKeyDialogProps) {
  const roll = useServerAction(rollApiKeyAction, { fields: ["grace"] });
  const [grace, setGrace] = useState<GracePeriod>("now");

  async function onSubmit() {
    const result = await roll.run({ projectSlug, keyId: apiKey.id, grace });
    if (result.ok) onRolled(result.data.secret, apiKey.scopes);
  }

  return (
    <ActionDialog
      kind="form"
      open={open}
      onOpenChange={onOpenChange}
      onClose={roll.reset}
      returnFocusTo={returnFocusTo}
      title="Roll API key"
      description={
        <>
          A new secret replaces the current one of <strong className="font-medium">{apiKey.name}</strong> (
          <span className="font-mono">{apiKey.displayKey}</span>). The key keeps the same name, owner and
          permissions.
        </>
      }
      pending={roll.pending}
      error={roll.formError}
      submitLabel="Roll key"
      pendingLabel="Rolling…"
      onSubmit={onSubmit}
    >
      <ChoiceGroup
        label="Old key stops working"
        value={grace}
        onValueChange={setGrace}
        choices={GRACE_CHOICES}
        errors={roll.fieldErrors.grace}
      />
    </ActionDialog>
  );
}
