// What text the app accepts at its boundaries: no NUL or other C0 control characters (tab, line feed and carriage
// return are allowed where a field may span lines), and no lone surrogates, which PostgreSQL cannot store.

/** C0 control characters other than tab, LF and CR, and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is what this module is for.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a message shows as escapes.
const UNPRINTABLE = /[\u0000-\u001F\u007F]|[\uD800-\uDFFF]/g;
/** Deeper input than any form or API body of this app is refused rather than walked. */
export const MAX_INPUT_DEPTH = 32;

/** Why `value` is not acceptable text, or null when it is. */
export function textProblem(value: string, { singleLine = false } = {}): string | null {
  if (!value.isWellFormed()) return "Must not contain invalid Unicode (a lone surrogate)";
  if (CONTROL.test(value)) return "Must not contain control characters";
  if (singleLine && LINE_BREAK_OR_TAB.test(value)) return "Must be a single line without tabs";
  return null;
}

/** A zod refinement for any text field: `z.string().refine(...acceptableText)`. */
export const acceptableText = [
  (value: string) => textProblem(value) === null,
  { error: (issue: { input: unknown }) => textProblem(String(issue.input)) ?? "Invalid text" },
] as const;

/** A zod refinement for a single-line field (names): `z.string().refine(...singleLineText)`. */
export const singleLineText = [
  (value: string) => textProblem(value, { singleLine: true }) === null,
  {
    error: (issue: { input: unknown }) =>
      textProblem(String(issue.input), { singleLine: true }) ?? "Invalid text",
  },
] as const;

export type HostileText = { path: string; problem: string };

/**
 * The first string (value or object key) anywhere in parsed input that is not acceptable text, with its path
 * (`links.0.title`), or a problem at the root when the input nests deeper than MAX_INPUT_DEPTH.
 */
export function findHostileText(input: unknown, path: string[] = []): HostileText | null {
  if (path.length > MAX_INPUT_DEPTH) return { path: path.join("."), problem: "Is nested too deeply" };
  if (typeof input === "string") {
    const problem = textProblem(input);
    return problem ? { path: path.join("."), problem } : null;
  }
  if (typeof input !== "object" || input === null) return null;
  const entries = Array.isArray(input)
    ? input.map((item, index) => [String(index), item] as const)
    : Object.entries(input);
  for (const [key, value] of entries) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: [...path, printable(key)].join("."), problem: keyProblem };
    const found = findHostileText(value, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** A key as it can be named in a message: control characters and lone surrogates shown as escapes. */
function printable(key: string): string {
  return key.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
