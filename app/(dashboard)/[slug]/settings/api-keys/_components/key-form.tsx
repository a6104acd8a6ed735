"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/form-field";
import type { ExpiryChoice } from "@/lib/api-keys/schemas";
import type { Role } from "@/lib/roles";
import { AllowedIpsField } from "./allowed-ips-field";
import { ExpiryFields, type ExpiryValues } from "./expiry-fields";
import { PermissionsFields, type PermissionValues } from "./permissions-fields";

export type KeyFormValues = { name: string } & PermissionValues & ExpiryValues & { allowedIps: string };

/** The flat fields the create and update schemas parse (lib/api-keys/schemas.ts). */
export function keyFormPayload({ name, preset, levels, expiresIn, expiresOn, allowedIps }: KeyFormValues) {
  return {
    name,
    preset,
    links: levels.links,
    analytics: levels.analytics === "none" ? ("none" as const) : ("read" as const),
    domains: levels.domains,
    tags: levels.tags,
    expiresIn,
    expiresOn: expiresIn === "date" && expiresOn ? expiresOn : undefined,
    allowedIps,
  };
}

/** The inputs the create and edit dialogs show: an error for one of these is shown at its field. */
export const KEY_FORM_FIELDS = [
  "name",
  "owner",
  "preset",
  "links",
  "analytics",
  "domains",
  "tags",
  "expiresIn",
  "expiresOn",
  "allowedIps",
] as const;

type KeyFormFieldsProps = {
  role: Role;
  values: KeyFormValues;
  onChange: (values: KeyFormValues) => void;
  expiryChoices: readonly ExpiryChoice[];
  expiryHint?: string;
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
  fieldErrors,
  children,
}: KeyFormFieldsProps) {
  return (
    <>
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
      <AllowedIpsField
        value={values.allowedIps}
        onChange={(allowedIps) => onChange({ ...values, allowedIps })}
        errors={fieldErrors.allowedIps}
      />
    </>
  );
}
