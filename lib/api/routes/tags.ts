import { z } from "zod";
import * as tagSchemas from "../schemas/tag";
import { CONFLICT, type PathParams, type RouteSpec, secret } from "./spec";

const tag = "Tags";
const response = tagSchemas.tagResponseSchema;
const params = {
  schema: z.object({ id: tagSchemas.tagIdSchema }),
  notFound: "Tag not found.",
} satisfies PathParams;

export const TAG_ROUTES = {
  "POST /api/tags": {
    ...secret("tags.write"),
    tag,
    operationId: "createTag",
    summary: "Create a tag",
    body: tagSchemas.createTagSchema,
    response,
    status: 201,
    errors: CONFLICT,
  },
  "GET /api/tags": {
    ...secret("tags.read"),
    tag,
    operationId: "getTags",
    summary: "List tags",
    query: tagSchemas.listTagsQuerySchema,
    response: z.array(response),
  },
  "PATCH /api/tags/{id}": {
    ...secret("tags.write"),
    tag,
    operationId: "updateTag",
    summary: "Update a tag",
    params,
    body: tagSchemas.updateTagSchema,
    response,
    errors: CONFLICT,
  },
  "PUT /api/tags/{id}": {
    ...secret("tags.write"),
    tag,
    operationId: "putTagById",
    summary: "Update a tag",
    params,
    body: tagSchemas.updateTagSchema,
    response,
    errors: CONFLICT,
  },
  "DELETE /api/tags/{id}": {
    ...secret("tags.write"),
    tag,
    operationId: "deleteTag",
    summary: "Delete a tag",
    params,
    response: tagSchemas.deleteTagResponseSchema,
  },
} as const satisfies Record<string, RouteSpec>;
