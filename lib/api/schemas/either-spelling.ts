// Request bodies whose fields may be spelled camelCase (as the Dub SDK sends them) or snake_case (as CodeQR's
// docs and its n8n node do). A field neither spelling knows, or both spellings with different values, is a 422.
import { z } from "zod";
import { strictObject } from "./strict";

type Shape = Record<string, z.ZodType>;

/** `externalId` → `external_id`, `utmSource` → `utm_source`; a one-word name stays as it is. */
export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

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
  return strictObject(shape, "field").transform((body, ctx) => {
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
