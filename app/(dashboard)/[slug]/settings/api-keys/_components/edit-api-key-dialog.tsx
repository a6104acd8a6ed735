"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { useServerAction } from "@/lib/actions/use-server-action";
import { allowlistText } from "@/lib/api-keys/ip-allowlist";
import { levelsFromScopes, presetOf } from "@/lib/api-keys/permissions";
import { EXPIRY_CHOICES, type ExpiryChoice } from "@/lib/api-keys/schemas";
import { formatDate } from "@/lib/format-time";
import type { Role } from "@/lib/roles";
import { updateApiKeyAction } from "../actions";
import { KEY_FORM_FIELDS, KeyFormFields, type KeyFormValues, keyFormPayload } from "./key-form";

const EDIT_EXPIRY_CHOICES: readonly ExpiryChoice[] = ["keep", ...EXPIRY_CHOICES];

type EditApiKeyDialogProps = {
  projectSlug: string;
  role: Role;
  apiKey: ApiKeyListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo?: HTMLElement | null;
  onSaved: () => void;
};

function formFromKey(apiKey: ApiKeyListItem): KeyFormValues {
  return {
    name: apiKey.name,
    preset: presetOf(apiKey.scopes),
    levels: levelsFromScopes(apiKey.scopes),
    expiresIn: "keep",
    expiresOn: "",
    allowedIps: allowlistText(apiKey.allowedIps),
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
  returnFocusTo,
  onSaved,
}: EditApiKeyDialogProps) {
  const update = useServerAction(updateApiKeyAction, { fields: KEY_FORM_FIELDS });
  const [values, setValues] = useState(() => formFromKey(apiKey));

  async function onSubmit() {
    const result = await update.run({ projectSlug, keyId: apiKey.id, ...keyFormPayload(values) });
    if (!result.ok) return;
    toast.success("API key saved");
    onSaved();
  }

  return (
    <ActionDialog
      kind="form"
      open={open}
      onOpenChange={onOpenChange}
      onClose={update.reset}
      returnFocusTo={returnFocusTo}
      className="max-h-[calc(100vh-2rem)] overflow-y-auto sm:max-w-xl"
      title="Edit API key"
      description={
        <>
          Changes apply to <span className="font-mono">{apiKey.displayKey}</span> from its next request; the
          secret stays the same.
        </>
      }
      pending={update.pending}
      error={update.formError}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      onSubmit={onSubmit}
    >
      <KeyFormFields
        role={role}
        values={values}
        onChange={setValues}
        expiryChoices={EDIT_EXPIRY_CHOICES}
        expiryHint={currentExpiry(apiKey)}
        fieldErrors={update.fieldErrors}
      />
    </ActionDialog>
  );
}
