import { z } from "zod";
import { findHostileText } from "@/lib/safe-text";
import { ApiError, validationError } from "./errors";

const MAX_BODY_BYTES = 1_000_000;

/** The JSON body parsed by `schema`: 400 for malformed JSON, 422 (naming the field) for invalid input. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError("bad_request", "Request body is larger than 1 MB.");
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "Malformed JSON in request body.");
  }
  return parse(schema, body);
}

/** Checked against the key's project by `authenticate` on every key route (SPEC §7), so no route's schema lists them. */
const PROJECT_PARAMETERS = new Set(["projectSlug", "workspaceId"]);

/**
 * The query string parsed by `schema`. A parameter sent once is a string; sent several times, an array of
 * strings. `name[]` is the same parameter as `name` and always an array, so `tagIds[]=a&tagIds[]=b`,
 * `tagIds=a&tagIds=b` and `tagIds=a,b` (where the schema splits commas) all say the same.
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  // No prototype: a parameter named `__proto__` is a parameter like any other (and refused where unknown).
  const query: Record<string, string | string[]> = Object.create(null);
  for (const [sent, value] of new URL(request.url).searchParams) {
    const listed = sent.endsWith("[]");
    const name = listed ? sent.slice(0, -2) : sent;
    if (PROJECT_PARAMETERS.has(name)) continue;
    const existing = query[name];
    if (existing === undefined) query[name] = listed ? [value] : value;
    else query[name] = [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return parse(schema, query);
}

/**
 * Input parsed by `schema`, after every string in it (keys too) was checked for control characters and lone
 * surrogates (422 naming the field), so that no such text reaches a query.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  refuseHostileText(input);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** `page` (1-based) and `pageSize` (≤ 100) of every list endpoint. */
export const paginationSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
});

/** A 422 naming the first field whose text has control characters or lone surrogates, if any. */
export function refuseHostileText(input: unknown): void {
  const hostile = findHostileText(input);
  if (!hostile) return;
  const field = hostile.path ? `Invalid '${hostile.path}'` : "Invalid input";
  throw new ApiError("unprocessable_entity", `${field}: ${hostile.problem}.`);
}
