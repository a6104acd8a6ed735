"use client";

import { type FormEvent, useState } from "react";
import { toast } from "sonner";
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
import { levelsFromScopes, presetOf } from "@/lib/api-keys/permissions";
import { EXPIRY_CHOICES, type ExpiryChoice } from "@/lib/api-keys/schemas";
import { formatDate } from "@/lib/format-time";
import type { Role } from "@/lib/roles";
import { updateApiKeyAction } from "../actions";
import { KeyFormFields, type KeyFormValues, keyFormPayload } from "./key-form";

const EDIT_EXPIRY_CHOICES: readonly ExpiryChoice[] = ["keep", ...EXPIRY_CHOICES];

type EditApiKeyDialogProps = {
  projectSlug: string;
  role: Role;
  apiKey: ApiKeyListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: () => void;
};

function formFromKey(apiKey: ApiKeyListItem): KeyFormValues {
  return {
    name: apiKey.name,
    preset: presetOf(apiKey.scopes),
    levels: levelsFromScopes(apiKey.scopes),
    expiresIn: "keep",
    expiresOn: "",
  };
}

function currentExpiry({ expiresAt }: ApiKeyListItem): string {
  if (!expiresAt) return "Currently it never expires.";
  const date = formatDate(expiresAt, { timeStyle: "short", zone: "local" });
  return expiresAt.getTime() <= Date.now() ? `It expired on ${date}.` : `Currently it expires on ${date}.`;
}

/** The "Edit API key" dialog: name, permissions and expiry; mount it afresh for each key. */
export function EditApiKeyDialog({
  projectSlug,
  role,
  apiKey,
  open,
  onOpenChange,
  onSaved,
}: EditApiKeyDialogProps) {
  const update = useServerAction(updateApiKeyAction);
  const [values, setValues] = useState(() => formFromKey(apiKey));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update.run({ projectSlug, keyId: apiKey.id, ...keyFormPayload(values) });
    if (!result.ok) return;
    toast.success("API key saved");
    onSaved();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) update.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent className="max-h-[calc(100vh-2rem)] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Edit API key</DialogTitle>
          <DialogDescription>
            Changes apply to <span className="font-mono">{apiKey.displayKey}</span> from its next request; the
            secret stays the same.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-5" noValidate>
          <KeyFormFields
            role={role}
            values={values}
            onChange={setValues}
            expiryChoices={EDIT_EXPIRY_CHOICES}
            expiryHint={currentExpiry(apiKey)}
            error={update.error}
            fieldErrors={update.fieldErrors}
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={update.pending}>
              {update.pending ? "Saving…" : "Save changes"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
