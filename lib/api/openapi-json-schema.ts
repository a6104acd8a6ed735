// zod → JSON Schema 2020-12 for the OpenAPI document: named components become `$ref`s, zod's noise is dropped.
import { z } from "zod";
import { INPUT_COMPONENTS, OUTPUT_COMPONENTS } from "./openapi-components";

export type JsonSchema = {
  [keyword: string]: unknown;
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

const componentNames = (components: Record<string, z.ZodType>) =>
  new Map<unknown, string>(Object.entries(components).map(([name, schema]) => [schema, name]));
const COMPONENT_NAMES = {
  input: componentNames(INPUT_COMPONENTS),
  output: componentNames(OUTPUT_COMPONENTS),
};

/** A zod schema as JSON Schema 2020-12: request schemas as their input, responses as their output. */
export function toJsonSchema(schema: z.ZodType, io: "input" | "output", self?: string): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    // Only z.undefined() (a refused query filter) meets this: "must be absent".
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === "undefined" ? { not: {} } : "any"),
    override: ({ zodSchema, jsonSchema }) => {
      const name = COMPONENT_NAMES[io].get(zodSchema);
      if (!name || name === self) return;
      for (const keyword of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[keyword];
      Object.assign(jsonSchema, { $ref: `#/components/schemas/${name}` });
    },
  });
  return tidy(json as JsonSchema);
}

/** The entries of `components.schemas`: each named schema in full, never as a `$ref` to itself. */
export function componentSchemas(components: Record<string, z.ZodType>, io: "input" | "output") {
  return Object.fromEntries(
    Object.entries(components).map(([name, schema]) => [name, toJsonSchema(schema, io, name)] as const),
  );
}

/** Drops the noise zod emits: date-time regexes, ±2^53 integer bounds, `required` on must-be-absent keys. */
function tidy(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "pattern" && schema.format === "date-time") continue;
    if (
      (keyword === "minimum" || keyword === "maximum") &&
      Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER
    )
      continue;
    out[keyword] = Array.isArray(value)
      ? value.map((item) => (isObject(item) ? tidy(item) : item))
      : isObject(value)
        ? tidy(value)
        : value;
  }
  if (out.properties && out.required)
    out.required = out.required.filter((key) => !isAbsent(out.properties?.[key]));
  return out;
}

const isObject = (value: unknown): value is JsonSchema => typeof value === "object" && value !== null;
/** `{ not: {} }`: the key must be absent (a refused query filter). */
export const isAbsent = (schema: JsonSchema | undefined) =>
  isObject(schema?.not) && Object.keys(schema.not).length === 0;
