"use client";

import { useState, useTransition } from "react";
import { failureFromThrown } from "@/lib/actions/failure";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

export type ServerActionState<I, T> = {
  /** Runs the action; resolves to its result so the caller can react to success. */
  run: (input: I) => Promise<ActionResult<T>>;
  pending: boolean;
  /** The message to show above the form, or null when one of the form's own fields already explains it. */
  formError: string | null;
  /** Each field's errors, by input name. */
  fieldErrors: Record<string, string[]>;
  /** Forgets the last failure (a dialog closed, a form was reset). */
  reset: () => void;
};

/**
 * Runs a server action and keeps what a form needs. `fields` names the inputs the form shows: a failure
 * that carries an error for one of them is shown at that field, any other failure above the form.
 */
export function useServerAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  { fields = [] }: { fields?: readonly string[] } = {},
): ServerActionState<I, T> {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function run(input: I): Promise<ActionResult<T>> {
    return new Promise((resolve) => {
      startTransition(async () => {
        try {
          const result = await action(input);
          setFailure(result.ok ? null : result);
          resolve(result);
        } catch (error) {
          // The action redirected (navigation continues), the network failed, or the server did.
          if (isRedirect(error)) throw error;
          const thrown = failureFromThrown(error);
          setFailure(thrown);
          resolve(thrown);
        }
      });
    });
  }

  const fieldErrors = failure?.fieldErrors ?? {};
  const explainedByField = fields.some((field) => fieldErrors[field]?.length);
  return {
    run,
    pending,
    formError: failure && !explainedByField ? failure.error : null,
    fieldErrors,
    reset: () => setFailure(null),
  };
}

function isRedirect(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT")
  );
}
