"use client";

import { type ComponentProps, useEffect, useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type FormFieldProps = ComponentProps<typeof Input> & {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
};

/** How long typing must pause before a screen reader hears the new count. */
const ANNOUNCE_AFTER_MS = 1_000;

/**
 * A labelled input with its hint and errors wired for screen readers. With `maxLength` (and a text value) it
 * shows a "12/50" counter; screen readers hear it once typing pauses, not on every keystroke.
 */
export function FormField({ name, label, errors, hint, id = name, ...inputProps }: FormFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const invalid = Boolean(errors?.length);
  const { maxLength, value, type } = inputProps;
  const counted = maxLength !== undefined && typeof value === "string" && type !== "password";
  const length = typeof value === "string" ? value.length : 0;
  return (
    <div className="grid gap-2">
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={id}>{label}</Label>
        {counted ? (
          <span
            aria-hidden
            className={cn(
              "text-muted-foreground text-xs tabular-nums",
              length >= maxLength && "font-medium text-amber-700 dark:text-amber-400",
            )}
          >
            {length}/{maxLength}
          </span>
        ) : null}
      </div>
      <Input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [hint ? hintId : null, counted ? countId : null, invalid ? errorId : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="text-muted-foreground text-xs">
          {hint}
        </p>
      ) : null}
      {counted ? <CountAnnouncement id={countId} length={length} max={maxLength} /> : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/** The counter as screen readers hear it: updated politely after typing pauses. */
function CountAnnouncement({ id, length, max }: { id: string; length: number; max: number }) {
  const [announced, setAnnounced] = useState(length);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(length), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [length]);
  return (
    <span id={id} aria-live="polite" className="sr-only">
      {announced} of {max} characters used
    </span>
  );
}
