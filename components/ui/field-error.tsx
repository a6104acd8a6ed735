import type * as React from "react";

import { cn } from "@/lib/utils";

type FieldErrorProps = Omit<React.ComponentProps<"div">, "children" | "id"> & {
  /** Reference this from the input with `aria-describedby`. */
  id: string;
  errors?: string[];
};

/** Error text for a single form field; announced politely, renders nothing when there are no errors. */
function FieldError({ id, errors, className, ...props }: FieldErrorProps) {
  const messages = [...new Set(errors ?? [])].filter((message) => message.trim() !== "");
  if (messages.length === 0) return null;

  return (
    <div
      id={id}
      data-slot="field-error"
      aria-live="polite"
      className={cn("text-sm font-medium text-destructive", className)}
      {...props}
    >
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul className="ml-4 list-disc space-y-0.5">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { FieldError, type FieldErrorProps };
