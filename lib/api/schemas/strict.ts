// Request schemas refuse what they do not name (SPEC: a field the server does not honour is refused, never dropped).
import { z } from "zod";

/** An object schema that answers a 422 naming every key it does not know: "Unknown field 'x'", "Unknown query parameter 'y'". */
export const strictObject = <Shape extends z.ZodRawShape>(shape: Shape, what: "field" | "query parameter") =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown ${what} ${issue.keys.map((key) => `'${key}'`).join(", ")}`
        : undefined,
  });

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
