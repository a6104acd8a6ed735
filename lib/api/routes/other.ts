import { z } from "zod";
import * as analytics from "../schemas/analytics";
import * as analyticsResponse from "../schemas/analytics-response";
import { eventsQuerySchema, eventsResponseSchema } from "../schemas/events";
import { qrQuerySchema } from "../schemas/qr";
import { userInfoSchema } from "../schemas/user-info";
import { open, publishable, type RouteSpec, secret } from "./spec";

/** Analytics, click tracking, the key's own identity, and the public routes. */
export const OTHER_ROUTES = {
  "GET /api/analytics": {
    ...secret("analytics.read"),
    tag: "Analytics",
    operationId: "retrieveAnalytics",
    summary: "Retrieve click analytics",
    query: analytics.analyticsQuerySchema,
    response: analyticsResponse.analyticsResponseSchema,
  },
  "GET /api/events": {
    ...secret("analytics.read"),
    tag: "Events",
    operationId: "listEvents",
    summary: "List click events",
    query: eventsQuerySchema,
    response: eventsResponseSchema,
  },
  "GET /api/oauth/userinfo": {
    ...secret(null),
    tag: "Keys",
    operationId: "getOauthUserinfo",
    summary: "The project and key behind the token",
    response: userInfoSchema,
  },
  "POST /api/track/click": {
    ...publishable,
    tag: "Track",
    operationId: "createTrackClick",
    summary: "Record a click (publishable key)",
    body: analytics.trackClickSchema,
    response: analytics.trackClickResponseSchema,
    errors: ["not_found"],
    cors: true,
  },
  "GET /api/qr": {
    ...open,
    tag: "QR codes",
    operationId: "getQRCode",
    summary: "A QR code for a URL",
    query: qrQuerySchema,
    response: "image",
  },
  "GET /api/health": {
    ...open,
    tag: "Health",
    operationId: "getHealth",
    summary: "Liveness; never touches the database",
    response: z.object({ status: z.literal("ok") }),
  },
  "GET /api/openapi.json": {
    ...open,
    tag: "Health",
    operationId: "getOpenapiJson",
    summary: "This API's OpenAPI 3.1 document",
    response: z.looseObject({ openapi: z.literal("3.1.0") }).describe("This document."),
  },
} as const satisfies Record<string, RouteSpec>;
