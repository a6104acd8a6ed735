"use client";

import { useId } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { cn } from "@/lib/utils";

export type Choice<V extends string> = {
  value: V;
  label: string;
  description?: string;
  /** Set when the option is unavailable; shown beside it and announced with it. */
  disabledReason?: string | null;
};

type ChoiceGroupProps<V extends string> = {
  label: string;
  value: V;
  onValueChange: (value: V) => void;
  choices: readonly Choice<V>[];
  errors?: string[];
  /** "row": the label on the left and the options side by side (the per-resource levels). */
  layout?: "stack" | "row";
  disabled?: boolean;
};

/** A radio group named by its visible label, each option labelled and, when disabled, explained. */
export function ChoiceGroup<V extends string>({
  label,
  value,
  onValueChange,
  choices,
  errors,
  layout = "stack",
  disabled,
}: ChoiceGroupProps<V>) {
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const row = layout === "row";
  return (
    <div
      className={cn(
        "grid min-w-0 gap-2",
        // On a phone the label goes above the options, so None / Read / Write stay on one line.
        row && "sm:grid-cols-[6rem_minmax(0,1fr)] sm:items-center sm:gap-x-4",
      )}
    >
      <span id={labelId} className="font-medium text-sm leading-none">
        {label}
      </span>
      <RadioGroup
        aria-labelledby={labelId}
        aria-describedby={invalid ? errorId : undefined}
        aria-invalid={invalid || undefined}
        value={value}
        onValueChange={(next) => onValueChange(next as V)}
        disabled={disabled}
        className={cn(row ? "flex flex-wrap gap-x-5 gap-y-2" : "grid gap-3")}
      >
        {choices.map((choice) => {
          const itemId = `${id}-${choice.value}`;
          const notes = [
            choice.description ? `${itemId}-description` : null,
            choice.disabledReason ? `${itemId}-reason` : null,
          ].filter(Boolean);
          return (
            <div key={choice.value} className="flex items-start gap-2">
              <RadioGroupItem
                id={itemId}
                value={choice.value}
                disabled={Boolean(choice.disabledReason)}
                aria-describedby={notes.join(" ") || undefined}
                className="mt-px"
              />
              <div className="grid min-w-0 gap-1">
                <Label htmlFor={itemId} className={cn(choice.disabledReason && "opacity-50")}>
                  {choice.label}
                </Label>
                {choice.description ? (
                  <p id={`${itemId}-description`} className="text-muted-foreground text-xs">
                    {choice.description}
                  </p>
                ) : null}
                {choice.disabledReason ? (
                  <p id={`${itemId}-reason`} className="text-muted-foreground text-xs">
                    {choice.disabledReason}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </RadioGroup>
      <FieldError id={errorId} errors={errors} className={cn(row && "sm:col-start-2")} />
    </div>
  );
}
