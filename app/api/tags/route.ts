import { createTag, listTags } from "@/db/queries/tags";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { serializeTag } from "@/lib/api/serializers/tag";

// POST /api/tags – create a tag (a random colour unless one is given) → 201
export const POST = apiRoute("POST /api/tags", async ({ project, body }) => {
  const created = await createTag({ projectId: project.id, ...body });
  if (!created.ok)
    throw new ApiError("conflict", `A tag named '${body.name}' already exists in this project.`);
  return serializeTag(created.tag);
});

// GET /api/tags – list the project's tags, filtered by search text or ids
export const GET = apiRoute("GET /api/tags", async ({ project, query }) => {
  const tags = await listTags({ projectId: project.id, ...query });
  return tags.map(serializeTag);
});
