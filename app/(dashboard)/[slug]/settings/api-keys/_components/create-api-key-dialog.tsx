"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useServerAction } from "@/lib/actions/use-server-action";
import type { Permission } from "@/lib/api-keys/permissions";
import {
  defaultExpiryChoice,
  expiryChoicesWithin,
  type KeyPolicy,
  MEMBERS_MAY_NOT_CREATE,
} from "@/lib/api-keys/policy";
import { EXPIRY_CHOICES, type ExpiryChoice, type KEY_OWNERS } from "@/lib/api-keys/schemas";
import { can } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { createApiKeyAction } from "../actions";
import { type Choice, ChoiceGroup } from "./choice-group";
import { KEY_FORM_FIELDS, KeyFormFields, type KeyFormValues, keyFormPayload } from "./key-form";
import { useKeyPolicy } from "./key-policy-context";
import { defaultPreset, NO_ACCESS } from "./permissions-fields";

type KeyOwner = (typeof KEY_OWNERS)[number];

type CreateApiKeyDialogProps = {
  projectSlug: string;
  role: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Receives the plaintext secret, to be shown once, and the key's permissions (for its first request). */
  onCreated: (secret: string, scopes: readonly Permission[]) => void;
};

function blankForm(role: Role, policy: KeyPolicy): KeyFormValues {
  const expiresIn = defaultExpiryChoice(policy);
  return {
    name: "",
    preset: defaultPreset(role),
    levels: NO_ACCESS,
    expiresIn,
    expiresOn: "",
    allowedIps: "",
  };
}

/** The "Create API key" dialog; the secret goes straight to `onCreated`, never into this form's state. */
export function CreateApiKeyDialog({
  projectSlug,
  role,
  open,
  onOpenChange,
  onCreated,
}: CreateApiKeyDialogProps) {
  const create = useServerAction(createApiKeyAction, { fields: KEY_FORM_FIELDS });
  const policy = useKeyPolicy();
  const refusedByPolicy = role === "member" && !policy.membersMayCreate;
  const [values, setValues] = useState(() => blankForm(role, policy));
  // A policy saved while this page is open keeps what was typed; an expiry it no longer offers becomes its default.
  const [formPolicy, setFormPolicy] = useState(policy);
  if (formPolicy !== policy) {
    setFormPolicy(policy);
    if (!expiryChoicesWithin<ExpiryChoice>(EXPIRY_CHOICES, policy).includes(values.expiresIn)) {
      setValues({ ...values, expiresIn: defaultExpiryChoice(policy) });
    }
  }
  const [owner, setOwner] = useState<KeyOwner>("self");

  function reset() {
    setValues(blankForm(role, policy));
    setOwner("self");
    create.reset();
  }

  async function onSubmit() {
    const result = await create.run({ projectSlug, owner, ...keyFormPayload(values) });
    if (!result.ok) return;
    reset();
    onCreated(result.data.secret, result.data.apiKey.scopes);
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
    <ActionDialog
      kind="form"
      open={open}
      onOpenChange={onOpenChange}
      onClose={reset}
      className="max-h-[calc(100vh-2rem)] overflow-y-auto sm:max-w-xl"
      title="Create API key"
      description="Grant only the permissions the key needs. The key works for this project only."
      pending={create.pending}
      error={create.formError ?? (refusedByPolicy ? MEMBERS_MAY_NOT_CREATE : null)}
      submitDisabled={refusedByPolicy}
      submitLabel="Create API Key"
      pendingLabel="Creating…"
      onSubmit={onSubmit}
    >
      <KeyFormFields
        role={role}
        values={values}
        onChange={setValues}
        expiryChoices={EXPIRY_CHOICES}
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
    </ActionDialog>
  );
}
