import { z } from "zod";
import * as link from "../schemas/link";
import * as linkBulk from "../schemas/link-bulk";
import * as linkQuery from "../schemas/link-query";
import * as linkResponse from "../schemas/link-response";
import { CONFLICT, type PathParams, type RouteSpec, secret } from "./spec";

const tag = "Links";
const response = linkResponse.linkResponseSchema;
const params = {
  schema: z.object({ linkId: linkQuery.linkIdParamSchema }),
  notFound: "Link not found.",
} satisfies PathParams;

export const LINK_ROUTES = {
  "POST /api/links": {
    ...secret("links.write"),
    tag,
    operationId: "createLink",
    summary: "Create a link",
    body: link.createLinkSchema,
    response,
    errors: CONFLICT,
  },
  "GET /api/links": {
    ...secret("links.read"),
    tag,
    operationId: "getLinks",
    summary: "List links",
    query: linkQuery.listLinksQuerySchema,
    response: z.array(response),
  },
  "GET /api/links/count": {
    ...secret("links.read"),
    tag,
    operationId: "getLinksCount",
    summary: "Count links",
    query: linkQuery.countLinksQuerySchema,
    response: z.number().int().min(0),
  },
  "GET /api/links/info": {
    ...secret("links.read"),
    tag,
    operationId: "getLinkInfo",
    summary: "Find a link by id, externalId, or domain and key",
    query: linkQuery.linkInfoQuerySchema,
    response,
    errors: ["not_found"],
  },
  "POST /api/links/bulk": {
    ...secret("links.write"),
    tag,
    operationId: "bulkCreateLinks",
    summary: "Create up to 100 links",
    body: linkBulk.bulkCreateLinksSchema,
    response: linkResponse.bulkLinksResponseSchema,
  },
  "PATCH /api/links/bulk": {
    ...secret("links.write"),
    tag,
    operationId: "bulkUpdateLinks",
    summary: "Update up to 100 links with the same data",
    body: linkBulk.bulkUpdateLinksSchema,
    response: linkResponse.bulkUpdateLinksResponseSchema,
    errors: ["not_found"],
  },
  "DELETE /api/links/bulk": {
    ...secret("links.write"),
    tag,
    operationId: "bulkDeleteLinks",
    summary: "Delete up to 100 links",
    query: linkBulk.bulkDeleteLinksQuerySchema,
    response: linkResponse.bulkDeleteLinksResponseSchema,
  },
  "PUT /api/links/upsert": {
    ...secret("links.write"),
    tag,
    operationId: "upsertLink",
    summary: "Create a link, or update the one with this URL",
    body: link.upsertLinkSchema,
    response,
    errors: CONFLICT,
  },
  "GET /api/links/{linkId}": {
    ...secret("links.read"),
    tag,
    operationId: "getLinkById",
    summary: "Get a link",
    params,
    response,
  },
  "PATCH /api/links/{linkId}": {
    ...secret("links.write"),
    tag,
    operationId: "updateLink",
    summary: "Update a link",
    params,
    body: link.updateLinkSchema,
    response,
    errors: CONFLICT,
  },
  "PUT /api/links/{linkId}": {
    ...secret("links.write"),
    tag,
    operationId: "putLinkById",
    summary: "Update a link",
    params,
    body: link.updateLinkSchema,
    response,
    errors: CONFLICT,
  },
  "DELETE /api/links/{linkId}": {
    ...secret("links.write"),
    tag,
    operationId: "deleteLink",
    summary: "Delete a link",
    params,
    response: linkResponse.deleteLinkResponseSchema,
  },
} as const satisfies Record<string, RouteSpec>;
