"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Runs a server action and keeps what a form needs: pending, the error and each field's errors.
 * `run` resolves to the result so callers can react to success.
 */
export function useServerAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<T>, { ok: false }> | null>(null);

  function run(input: I): Promise<ActionResult<T>> {
    return new Promise((resolve) => {
      startTransition(async () => {
        try {
          const result = await action(input);
          setFailure(result.ok ? null : result);
          resolve(result);
        } catch (error) {
          // The action redirected (navigation continues) or the network failed.
          if (isRedirect(error)) throw error;
          const offline = {
            ok: false as const,
            error: "Could not reach the server. Check your connection and try again.",
          };
          setFailure(offline);
          resolve(offline);
        }
      });
    });
  }

  return {
    run,
    pending,
    error: failure?.error ?? null,
    fieldErrors: failure?.fieldErrors ?? {},
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
