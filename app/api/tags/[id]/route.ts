import { deleteTag, updateTag } from "@/db/queries/tags";
import { ApiError } from "@/lib/api/errors";
import { json, readJson } from "@/lib/api/request";
import { tagIdSchema, updateTagSchema } from "@/lib/api/schemas/tag";
import { serializeTag } from "@/lib/api/serializers/tag";
import { withApiKey } from "@/lib/api/with-api-key";

type Handler = Parameters<typeof withApiKey>[1];

const notFound = () => new ApiError("not_found", "Tag not found.");

/** The tag id of the path; one that cannot be an id is simply not found. */
function tagId(params: Record<string, string>): string {
  const parsed = tagIdSchema.safeParse(params.id);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

const update: Handler = async ({ request, key, params }) => {
  const id = tagId(params);
  const body = await readJson(request, updateTagSchema);
  const tag = await updateTag({ projectId: key.project.id, id, ...body });
  if (tag === "not_found") throw notFound();
  if (tag === "conflict") {
    throw new ApiError("conflict", `A tag named '${body.name}' already exists in this project.`);
  }
  return json(serializeTag(tag));
};

// PATCH /api/tags/{id} – rename or recolour a tag
export const PATCH = withApiKey("PATCH /api/tags/{id}", update);

// PUT /api/tags/{id} – the same as PATCH
export const PUT = withApiKey("PUT /api/tags/{id}", update);

// DELETE /api/tags/{id} – delete a tag and detach it from every link
export const DELETE = withApiKey("DELETE /api/tags/{id}", async ({ key, params }) => {
  const id = tagId(params);
  if (!(await deleteTag({ projectId: key.project.id, id }))) throw notFound();
  return json({ id });
});
