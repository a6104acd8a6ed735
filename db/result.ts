/**
 * What a data function answers when it can refuse: the value, or why not (a reason, never an HTTP code or a
 * message; `detail` names the value at fault). Callers map reasons to their own answers.
 */
export type Result<T, Reason extends string> = { ok: true; value: T } | Refusal<Reason>;
export type Refusal<Reason extends string> = { ok: false; reason: Reason; detail?: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refuse = <Reason extends string>(reason: Reason, detail?: string): Refusal<Reason> =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
