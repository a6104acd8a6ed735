import type { ActionFailure } from "./result";

export const OFFLINE_MESSAGE = "Could not reach the server. Check your connection and try again.";

/** The message for a failure on the server; the id names the log line, never the error itself. */
export function serverFailureMessage(requestId?: string): string {
  return requestId
    ? `Something went wrong on the server. (Request ID: ${requestId})`
    : "Something went wrong on the server.";
}

/** The request never got an answer: fetch rejects with a TypeError ("Failed to fetch", "Load failed"…). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && /fetch|network|load failed|connection/i.test(String(error.message));
}

/**
 * What a person is told when calling a server action threw instead of returning a result. Next 16 rejects
 * with the fetch's TypeError when the request got no answer; when the server answered with a failure (a
 * handler threw outside safe-action, a 5xx page), it rejects with an Error that carries the `digest` Next
 * logged the error under — that digest is the id to quote.
 */
export function failureFromThrown(error: unknown): ActionFailure {
  if (isNetworkError(error)) return { ok: false, error: OFFLINE_MESSAGE };
  const digest = (error as { digest?: unknown } | null)?.digest;
  const requestId = typeof digest === "string" && digest.length <= 100 ? digest : undefined;
  return { ok: false, error: serverFailureMessage(requestId), requestId };
}
