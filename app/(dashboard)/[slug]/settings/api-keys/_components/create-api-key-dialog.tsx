"use client";

import { type FormEvent, useState } from "react";
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
import { useServerAction } from "@/hooks/use-server-action";
import { EXPIRY_CHOICES, type KEY_OWNERS } from "@/lib/api-keys/schemas";
import { can } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { createApiKeyAction } from "../actions";
import { type Choice, ChoiceGroup } from "./choice-group";
import { KeyFormFields, type KeyFormValues, keyFormPayload } from "./key-form";
import { defaultPreset, NO_ACCESS } from "./permissions-fields";

type KeyOwner = (typeof KEY_OWNERS)[number];

type CreateApiKeyDialogProps = {
  projectSlug: string;
  role: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Receives the plaintext secret, to be shown once. */
  onCreated: (secret: string) => void;
};

function blankForm(role: Role): KeyFormValues {
  return { name: "", preset: defaultPreset(role), levels: NO_ACCESS, expiresIn: "never", expiresOn: "" };
}

/** The "Create API key" dialog; the secret goes straight to `onCreated`, never into this form's state. */
export function CreateApiKeyDialog({
  projectSlug,
  role,
  open,
  onOpenChange,
  onCreated,
}: CreateApiKeyDialogProps) {
  const create = useServerAction(createApiKeyAction);
  const [values, setValues] = useState(() => blankForm(role));
  const [owner, setOwner] = useState<KeyOwner>("self");

  function reset() {
    setValues(blankForm(role));
    setOwner("self");
    create.reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await create.run({ projectSlug, owner, ...keyFormPayload(values) });
    if (!result.ok) return;
    reset();
    onCreated(result.data.secret);
  }

  const ownerChoices: Choice<KeyOwner>[] = [
    { value: "self", label: "You", description: "The key acts as you, within your role in this project." },
    {
      value: "machine",
      label: "Machine",
      description: "A machine user with the owner role is added to the project and owns the key.",
      disabledReason: can(role, "keys.create-machine") ? null : "Only owners can create machine users",
    },
  ];

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Closing mid-request would hide the secret the request is about to return.
        if (create.pending) return;
        if (!next) reset();
        onOpenChange(next);
      }}
    >
      <DialogContent className="max-h-[calc(100vh-2rem)] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Create API key</DialogTitle>
          <DialogDescription>
            Grant only the permissions the key needs. The key works for this project only.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-5" noValidate>
          <KeyFormFields
            role={role}
            values={values}
            onChange={setValues}
            expiryChoices={EXPIRY_CHOICES}
            error={create.error}
            fieldErrors={create.fieldErrors}
          >
            <ChoiceGroup
              label="Owner"
              value={owner}
              onValueChange={setOwner}
              choices={ownerChoices}
              errors={create.fieldErrors.owner}
            />
          </KeyFormFields>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={create.pending}>
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={create.pending}>
              {create.pending ? "Creating…" : "Create API Key"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
