import { deleteTag, updateTag } from "@/db/queries/tags";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, type HandlerInput } from "@/lib/api/handler";
import { serializeTag } from "@/lib/api/serializers/tag";

const notFound = () => new ApiError("not_found", "Tag not found.");

const update = async ({
  project,
  params,
  body,
}: HandlerInput<"PATCH /api/tags/{id}" | "PUT /api/tags/{id}">) => {
  const updated = await updateTag({ projectId: project.id, id: params.id, ...body });
  if (updated.ok) return serializeTag(updated.tag);
  if (updated.reason === "not_found") throw notFound();
  throw new ApiError("conflict", `A tag named '${body.name}' already exists in this project.`);
};

// PATCH /api/tags/{id} – rename or recolour a tag
export const PATCH = apiRoute("PATCH /api/tags/{id}", update);

// PUT /api/tags/{id} – the same as PATCH
export const PUT = apiRoute("PUT /api/tags/{id}", update);

// DELETE /api/tags/{id} – delete a tag and detach it from every link
export const DELETE = apiRoute("DELETE /api/tags/{id}", async ({ project, params }) => {
  if (!(await deleteTag({ projectId: project.id, id: params.id }))) throw notFound();
  return { id: params.id };
});
