import type { Tag } from "@/db/schema";
import type { TagResponse } from "@/lib/api/schemas/tag";

/** A tag row as the API's Tag object. */
export function serializeTag(tag: Tag): TagResponse {
  return {
    id: tag.id,
    name: tag.name,
    color: tag.color,
    createdAt: tag.createdAt.toISOString(),
    updatedAt: tag.updatedAt.toISOString(),
  };
}
