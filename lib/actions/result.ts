/**
 * What every server action returns: the client never has to catch. A failure the server did not expect
 * carries the `requestId` it was logged under, so a person can quote it.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; requestId?: string };

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>;
