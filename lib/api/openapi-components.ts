// The named components of the OpenAPI document: request and response schemas that get a `$ref` of their own.
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "./errors";
import * as analytics from "./schemas/analytics";
import * as analyticsResponse from "./schemas/analytics-response";
import * as domain from "./schemas/domain";
import * as link from "./schemas/link";
import * as linkResponse from "./schemas/link-response";
import * as tag from "./schemas/tag";
import { userInfoSchema } from "./schemas/user-info";

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe("What went wrong; a 422 names the field."),
    doc_url: z.string().describe("Where this error is documented."),
    request_id: z
      .string()
      .describe("This request's id, also in the X-Request-Id header: quote it to report a problem."),
  }),
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
  ...analyticsResponse.ANALYTICS_COMPONENTS,
  UserInfo: userInfoSchema,
} satisfies Record<string, z.ZodType>;
