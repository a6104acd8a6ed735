// The hand-written part of the OpenAPI document: its named components and what each route takes and answers.
import { z } from "zod";
import { PERMISSIONS } from "@/lib/api-keys/permissions";
import { ERROR_STATUS, type ErrorCode } from "./errors";
import type { RouteId } from "./routes";
import * as analytics from "./schemas/analytics";
import * as domain from "./schemas/domain";
import * as link from "./schemas/link";
import * as linkQuery from "./schemas/link-query";
import * as linkResponse from "./schemas/link-response";
import { qrQuerySchema } from "./schemas/qr";
import * as tag from "./schemas/tag";

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe("What went wrong; a 422 names the field."),
    doc_url: z.string().describe("Where this error is documented."),
  }),
});
/** The body of GET /api/oauth/userinfo (app/api/oauth/userinfo/route.ts), which has no schema module. */
const userInfoSchema = z.object({
  project: z.object({ id: z.string(), slug: z.string(), name: z.string(), plan: z.string() }),
  key: z.object({ id: z.string(), name: z.string(), permissions: z.array(z.enum(PERMISSIONS)) }),
});

/** Named in components.schemas (request bodies as input, responses as output); elsewhere they become `$ref`s. */
export const INPUT_COMPONENTS = {
  CreateLinkRequest: link.createLinkSchema,
  UpdateLinkRequest: link.updateLinkSchema,
  CreateTagRequest: tag.createTagSchema,
  UpdateTagRequest: tag.updateTagSchema,
  CreateDomainRequest: domain.createDomainSchema,
  UpdateDomainRequest: domain.updateDomainSchema,
  TrackClickRequest: analytics.trackClickSchema,
} satisfies Record<string, z.ZodType>;
export const OUTPUT_COMPONENTS = {
  Link: linkResponse.linkResponseSchema,
  LinkError: linkResponse.linkErrorResponseSchema,
  Tag: tag.tagResponseSchema,
  Domain: domain.domainResponseSchema,
  Error: errorSchema,
  AnalyticsCount: analytics.analyticsCountSchema,
  AnalyticsTimeseries: analytics.analyticsTimeseriesSchema,
  AnalyticsCountry: analytics.analyticsCountrySchema,
  AnalyticsDevice: analytics.analyticsDeviceSchema,
  AnalyticsBrowser: analytics.analyticsBrowserSchema,
  AnalyticsOs: analytics.analyticsOsSchema,
  AnalyticsReferer: analytics.analyticsRefererSchema,
  AnalyticsTopLink: analytics.analyticsTopLinkSchema,
  UserInfo: userInfoSchema,
} satisfies Record<string, z.ZodType>;

export type RouteSchemas = {
  body?: z.ZodType;
  query?: z.ZodType;
  /** The JSON success body, or "image" for the QR code. */
  response: z.ZodType | "image";
  status?: 200 | 201;
  /** Refusals beyond those every route of its kind gives (see `errorCodesFor`). */
  errors?: ErrorCode[];
};

const linkOut = linkResponse.linkResponseSchema;
const tagOut = tag.tagResponseSchema;
const domainOut = domain.domainResponseSchema;
const CONFLICT: ErrorCode[] = ["conflict"];

/** What each route of API_ROUTES takes and answers: the only hand-written part of the document. */
export const ROUTE_SCHEMAS = {
  "POST /api/links": { body: link.createLinkSchema, response: linkOut, errors: CONFLICT },
  "GET /api/links": { query: linkQuery.listLinksQuerySchema, response: z.array(linkOut) },
  "GET /api/links/count": { query: linkQuery.countLinksQuerySchema, response: z.number().int().min(0) },
  "GET /api/links/info": { query: linkQuery.linkInfoQuerySchema, response: linkOut, errors: ["not_found"] },
  "POST /api/links/bulk": {
    body: link.bulkCreateLinksSchema,
    response: linkResponse.bulkLinksResponseSchema,
  },
  "PUT /api/links/upsert": { body: link.upsertLinkSchema, response: linkOut, errors: CONFLICT },
  "GET /api/links/{linkId}": { response: linkOut },
  "PATCH /api/links/{linkId}": { body: link.updateLinkSchema, response: linkOut, errors: CONFLICT },
  "PUT /api/links/{linkId}": { body: link.updateLinkSchema, response: linkOut, errors: CONFLICT },
  "DELETE /api/links/{linkId}": { response: linkResponse.deleteLinkResponseSchema },
  "POST /api/tags": { body: tag.createTagSchema, response: tagOut, status: 201, errors: CONFLICT },
  "GET /api/tags": { query: tag.listTagsQuerySchema, response: z.array(tagOut) },
  "PATCH /api/tags/{id}": { body: tag.updateTagSchema, response: tagOut, errors: CONFLICT },
  "PUT /api/tags/{id}": { body: tag.updateTagSchema, response: tagOut, errors: CONFLICT },
  "DELETE /api/tags/{id}": { response: tag.deleteTagResponseSchema },
  "POST /api/domains": {
    body: domain.createDomainSchema,
    response: domainOut,
    status: 201,
    errors: CONFLICT,
  },
  "GET /api/domains": { query: domain.listDomainsQuerySchema, response: z.array(domainOut) },
  "PATCH /api/domains/{slug}": { body: domain.updateDomainSchema, response: domainOut, errors: CONFLICT },
  "PUT /api/domains/{slug}": { body: domain.updateDomainSchema, response: domainOut, errors: CONFLICT },
  "DELETE /api/domains/{slug}": { response: domain.deleteDomainResponseSchema },
  "GET /api/analytics": {
    query: analytics.analyticsQuerySchema,
    response: analytics.analyticsResponseSchema,
  },
  "GET /api/oauth/userinfo": { response: userInfoSchema },
  "POST /api/track/click": {
    body: analytics.trackClickSchema,
    response: analytics.trackClickResponseSchema,
    errors: ["not_found"],
  },
  "GET /api/qr": { query: qrQuerySchema, response: "image" },
  "GET /api/health": { response: z.object({ status: z.literal("ok") }) },
  "GET /api/openapi.json": {
    response: z.looseObject({ openapi: z.literal("3.1.0") }).describe("This document."),
  },
} satisfies Record<RouteId, RouteSchemas>;
