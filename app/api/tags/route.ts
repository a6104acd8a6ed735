import { createTag, listTags } from "@/db/queries/tags";
import { ApiError } from "@/lib/api/errors";
import { json, readJson, readQuery } from "@/lib/api/request";
import { createTagSchema, listTagsQuerySchema } from "@/lib/api/schemas/tag";
import { serializeTag } from "@/lib/api/serializers/tag";
import { withApiKey } from "@/lib/api/with-api-key";

// POST /api/tags – create a tag (a random colour unless one is given)
export const POST = withApiKey("POST /api/tags", async ({ request, key }) => {
  const body = await readJson(request, createTagSchema);
  const tag = await createTag({ projectId: key.project.id, ...body });
  if (tag === "conflict") {
    throw new ApiError("conflict", `A tag named '${body.name}' already exists in this project.`);
  }
  return json(serializeTag(tag), 201);
});

// GET /api/tags – list the project's tags, filtered by search text or ids
export const GET = withApiKey("GET /api/tags", async ({ request, key }) => {
  const query = readQuery(request, listTagsQuerySchema);
  const tags = await listTags({ projectId: key.project.id, ...query });
  return json(tags.map(serializeTag));
});
