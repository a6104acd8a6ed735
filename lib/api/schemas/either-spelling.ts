// Request bodies whose fields may be spelled camelCase (as the Dub SDK sends them) or snake_case (as CodeQR's
// docs and its n8n node do). A field neither spelling knows, or both spellings with different values, is a 422.
import { z } from "zod";

type Shape = Record<string, z.ZodType>;

/** `externalId` → `external_id`, `utmSource` → `utm_source`; a one-word name stays as it is. */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const unknownField = (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys"
    ? `Unknown field ${(issue.keys ?? []).map((key) => `'${key}'`).join(", ")}`
    : undefined;

/**
 * A strict object of `fields` (camelCase names) that also takes each field's snake_case spelling, parsed by
 * the same schema. The output has the camelCase names only. Unknown keys are refused (never silently
 * dropped), and so are both spellings of one field with different values.
 */
export function eitherSpelling<F extends Shape>(fields: F) {
  const shape: Shape = { ...fields };
  for (const [name, schema] of Object.entries(fields)) {
    const alias = snakeCase(name);
    if (alias !== name) shape[alias] = schema.describe(`The same as \`${name}\`.`);
  }
  return z.strictObject(shape, { error: unknownField }).transform((body, ctx) => {
    const merged: Record<string, unknown> = {};
    for (const name of Object.keys(fields)) {
      const alias = snakeCase(name);
      const [camel, snake] = [body[name], body[alias]];
      if (camel !== undefined && snake !== undefined && JSON.stringify(camel) !== JSON.stringify(snake)) {
        ctx.addIssue({
          code: "custom",
          path: [alias],
          message: `differs from '${name}'; send one of '${name}' and '${alias}'`,
        });
        return z.NEVER;
      }
      merged[name] = camel !== undefined ? camel : snake;
    }
    return merged as z.output<z.ZodObject<F>>;
  });
}

const isNothing = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/** A Dub option this API does not have: absent, null or empty is fine (the Link echoes it so); anything else is a 422. */
export const unsupported = (feature: string) =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (!isNothing(value))
        ctx.addIssue({ code: "custom", message: `${feature} are not supported by this API` });
    })
    .optional()
    .describe(`Not supported (${feature}): only null or empty is accepted.`);

/** A field this body cannot change (e.g. the domain in a bulk update): any value is a 422 saying why. */
export const refused = (why: string) =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (value !== undefined) ctx.addIssue({ code: "custom", message: why });
    })
    .optional()
    .describe(`Refused: ${why}.`);
