/**
 * How a query answers. Most return plain values (`null` when the row they name is not in the project, or a
 * unique value is taken). A change that can be refused for reasons its caller must tell apart returns a
 * `Result`: `{ ok: true, …values }` or a `Refusal`, whose reason is a string literal the caller maps to its
 * own words (the data layer knows no HTTP codes and no user-facing text).
 */
export type Result<T extends object, F extends Refusal<string>> = ({ ok: true } & T) | F;

/** Why a change did not happen, with the facts a caller needs to explain it (`used` seats, …). */
export type Refusal<R extends string, Facts extends object = object> = { ok: false; reason: R } & Facts;
