"use client";

import type { ReactNode } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import type { ExpiryChoice } from "@/lib/api-keys/schemas";
import type { Role } from "@/lib/roles";
import { ExpiryFields, type ExpiryValues } from "./expiry-fields";
import { PermissionsFields, type PermissionValues } from "./permissions-fields";

export type KeyFormValues = { name: string } & PermissionValues & ExpiryValues;

/** The flat fields the create and update schemas parse (lib/api-keys/schemas.ts). */
export function keyFormPayload({ name, preset, levels, expiresIn, expiresOn }: KeyFormValues) {
  return {
    name,
    preset,
    links: levels.links,
    analytics: levels.analytics === "none" ? ("none" as const) : ("read" as const),
    domains: levels.domains,
    tags: levels.tags,
    expiresIn,
    expiresOn: expiresIn === "date" && expiresOn ? expiresOn : undefined,
  };
}

const SHOWN_FIELDS = [
  "name",
  "owner",
  "preset",
  "links",
  "analytics",
  "domains",
  "tags",
  "expiresIn",
  "expiresOn",
];

/** The action's message, unless a field shown in the form already explains the failure. */
export function formLevelError(error: string | null, fieldErrors: Record<string, string[] | undefined>) {
  return SHOWN_FIELDS.some((field) => fieldErrors[field]?.length) ? null : error;
}

type KeyFormFieldsProps = {
  role: Role;
  values: KeyFormValues;
  onChange: (values: KeyFormValues) => void;
  expiryChoices: readonly ExpiryChoice[];
  expiryHint?: string;
  error: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  /** Rendered between the name and the permissions (the create form's owner choice). */
  children?: ReactNode;
};

/** Name, permissions and expiry: the fields the create and edit dialogs share. */
export function KeyFormFields({
  role,
  values,
  onChange,
  expiryChoices,
  expiryHint,
  error,
  fieldErrors,
  children,
}: KeyFormFieldsProps) {
  return (
    <>
      <FormAlert message={formLevelError(error, fieldErrors)} />
      <FormField
        name="name"
        label="Name"
        value={values.name}
        maxLength={50}
        required
        autoComplete="off"
        onChange={(event) => onChange({ ...values, name: event.target.value })}
        errors={fieldErrors.name}
      />
      {children}
      <PermissionsFields
        role={role}
        value={values}
        onChange={(permissions) => onChange({ ...values, ...permissions })}
        fieldErrors={fieldErrors}
      />
      <ExpiryFields
        choices={expiryChoices}
        value={values}
        onChange={(expiry) => onChange({ ...values, ...expiry })}
        fieldErrors={fieldErrors}
        hint={expiryHint}
      />
    </>
  );
}
