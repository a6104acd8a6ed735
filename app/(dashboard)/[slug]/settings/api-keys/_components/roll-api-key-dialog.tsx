"use client";

import { type FormEvent, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { useServerAction } from "@/hooks/use-server-action";
import { GRACE_PERIOD_LABELS, GRACE_PERIODS, type GracePeriod } from "@/lib/api-keys/schemas";
import { rollApiKeyAction } from "../actions";
import { ChoiceGroup } from "./choice-group";

type RollApiKeyDialogProps = {
  projectSlug: string;
  apiKey: ApiKeyListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Receives the new plaintext secret, to be shown once. */
  onRolled: (secret: string) => void;
};

const GRACE_CHOICES = GRACE_PERIODS.map((grace) => ({ value: grace, label: GRACE_PERIOD_LABELS[grace] }));

/** The "Roll API key" dialog: a new secret for the same key, the old one kept for a grace period. */
export function RollApiKeyDialog({
  projectSlug,
  apiKey,
  open,
  onOpenChange,
  onRolled,
}: RollApiKeyDialogProps) {
  const roll = useServerAction(rollApiKeyAction);
  const [grace, setGrace] = useState<GracePeriod>("now");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await roll.run({ projectSlug, keyId: apiKey.id, grace });
    if (result.ok) onRolled(result.data.secret);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Closing mid-request would hide the secret the request is about to return.
        if (roll.pending) return;
        if (!next) roll.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Roll API key</DialogTitle>
          <DialogDescription>
            A new secret replaces the current one of <strong className="font-medium">{apiKey.name}</strong> (
            <span className="font-mono">{apiKey.displayKey}</span>). The key keeps the same name, owner and
            permissions.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-5" noValidate>
          <FormAlert message={roll.fieldErrors.grace ? null : roll.error} />
          <ChoiceGroup
            label="Old key stops working"
            value={grace}
            onValueChange={setGrace}
            choices={GRACE_CHOICES}
            errors={roll.fieldErrors.grace}
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={roll.pending}>
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={roll.pending}>
              {roll.pending ? "Rolling…" : "Roll key"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
