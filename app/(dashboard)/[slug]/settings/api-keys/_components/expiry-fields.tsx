"use client";

import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { expiryChoicesWithin, latestAllowedExpiryDay } from "@/lib/api-keys/policy";
import { EXPIRY_LABELS, type ExpiryChoice } from "@/lib/api-keys/schemas";
import { useKeyPolicy } from "./key-policy-context";

export type ExpiryValues = { expiresIn: ExpiryChoice; expiresOn: string };

type ExpiryFieldsProps = {
  choices: readonly ExpiryChoice[];
  value: ExpiryValues;
  onChange: (value: ExpiryValues) => void;
  fieldErrors: Record<string, string[] | undefined>;
  hint?: string;
};

/** The "Expires" select and, for "A date", the "Expiry date" input; only what the key policy allows. */
export function ExpiryFields({ choices, value, onChange, fieldErrors, hint }: ExpiryFieldsProps) {
  const id = useId();
  const policy = useKeyPolicy();
  const offered = expiryChoicesWithin(choices, policy);
  const policyNote =
    policy.maxLifetimeDays === null
      ? null
      : `This project's key policy limits keys to ${policy.maxLifetimeDays} days, so "Never" and longer expiries are not offered.`;
  const errors = fieldErrors.expiresIn;
  const describedBy = [
    hint ? `${id}-hint` : null,
    policyNote ? `${id}-policy` : null,
    errors?.length ? `${id}-error` : null,
  ].filter(Boolean);
  // The server takes the end of the chosen day in UTC, so today (in UTC) is the earliest valid day.
  const today = new Date().toISOString().slice(0, 10);
  const latestDay = latestAllowedExpiryDay(policy, new Date()) ?? undefined;
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label id={`${id}-label`} htmlFor={`${id}-trigger`}>
          Expires
        </Label>
        <Select
          value={value.expiresIn}
          onValueChange={(expiresIn) => onChange({ ...value, expiresIn: expiresIn as ExpiryChoice })}
        >
          <SelectTrigger
            id={`${id}-trigger`}
            aria-labelledby={`${id}-label`}
            aria-describedby={describedBy.join(" ") || undefined}
            aria-invalid={errors?.length ? true : undefined}
            className="w-full"
          >
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {offered.map((choice) => (
              <SelectItem key={choice} value={choice}>
                {EXPIRY_LABELS[choice]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {hint ? (
          <p id={`${id}-hint`} className="text-muted-foreground text-xs">
            {hint}
          </p>
        ) : null}
        {policyNote ? (
          <p id={`${id}-policy`} className="text-muted-foreground text-xs">
            {policyNote}
          </p>
        ) : null}
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
      {value.expiresIn === "date" ? (
        <FormField
          id={`${id}-date`}
          name="expiresOn"
          type="date"
          label="Expiry date"
          min={today}
          max={latestDay}
          value={value.expiresOn}
          onChange={(event) => onChange({ ...value, expiresOn: event.target.value })}
          hint="The key stops working at the end of this day (UTC)."
          errors={fieldErrors.expiresOn}
        />
      ) : null}
    </div>
  );
}
