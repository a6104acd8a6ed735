import type { OpenApiDocument } from "@/lib/api/openapi";
import type { JsonSchema } from "@/lib/api/openapi-json-schema";
import type { OpenApiOperation } from "@/lib/api/openapi-operations";

export type OperationView = { method: string; path: string; operation: OpenApiOperation };
export type Field = { name: string; type: string; required: boolean; description: string };
/** A body as the page shows it: its type (one part per union member, linked when named) and its fields. */
export type BodyView = { parts: { label: string; ref?: string }[]; fields: Field[] };

/** The methods the page shows; HEAD mirrors GET and the path's description says so. */
const SHOWN_METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The operations of each tag, in the document's tag order. */
export function groupByTag(doc: OpenApiDocument): { tag: string; operations: OperationView[] }[] {
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    SHOWN_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method: method.toUpperCase(), path, operation }] : [];
    }),
  );
  return doc.tags.map(({ name }) => ({
    tag: name,
    operations: operations.filter(({ operation }) => operation.tags.includes(name)),
  }));
}

/** Query parameters of every key route, explained once in the intro rather than in each operation. */
export const SHARED_PARAMETERS = ["projectSlug", "workspaceId"];

export const refName = (ref: string) => ref.split("/").at(-1) ?? ref;
export const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  return schema.$ref ? (doc.components.schemas[refName(schema.$ref)] ?? {}) : schema;
}

/** A short TypeScript-like label: `string | null`, `Tag[]`, `"red" | "blue"`. */
export function typeLabel(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeLabel))].join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === "array") {
    const item = typeLabel(schema.items ?? {});
    return item.includes(" ") ? `(${item})[]` : `${item}[]`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "object" && schema.properties)
    return `{ ${Object.keys(schema.properties).join(", ")} }`;
  if (schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    return `Record<string, ${typeLabel(schema.additionalProperties as JsonSchema)}>`;
  }
  if (schema.type === "integer" || schema.type === "number" || schema.type === "string") {
    return typeof schema.format === "string" ? `${schema.type} (${schema.format})` : schema.type;
  }
  return typeof schema.type === "string" ? schema.type : "any";
}

/** The description with the constraints worth knowing: default, maximum length, range. */
export function describeSchema(schema: JsonSchema): string {
  const notes = [
    schema.description,
    schema.default !== undefined ? `Default: ${JSON.stringify(schema.default)}.` : undefined,
    typeof schema.maxLength === "number" ? `At most ${schema.maxLength} characters.` : undefined,
    typeof schema.maxItems === "number" ? `At most ${schema.maxItems} items.` : undefined,
    typeof schema.minimum === "number" && typeof schema.maximum === "number"
      ? `${schema.minimum}–${schema.maximum}.`
      : undefined,
  ];
  return notes.filter(Boolean).join(" ");
}

/** The fields of an object schema (following one `$ref`). */
export function fieldsOf(doc: OpenApiDocument, schema: JsonSchema): Field[] {
  const object = resolve(doc, schema);
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeLabel(property),
    required: required.has(name),
    description: describeSchema(property),
  }));
}

/** What to show for a request or response body. */
export function bodyView(doc: OpenApiDocument, schema: JsonSchema): BodyView {
  const named = (part: JsonSchema) => {
    const target = part.type === "array" && part.items ? part.items : part;
    return target.$ref ? refName(target.$ref) : undefined;
  };
  const members = schema.anyOf ?? [schema];
  const target = schema.type === "array" && schema.items ? schema.items : schema;
  const isObject = !schema.anyOf && resolve(doc, target).type === "object";
  return {
    parts: members.map((part) => ({ label: typeLabel(part), ref: named(part) })),
    fields: isObject ? fieldsOf(doc, target) : [],
  };
}
