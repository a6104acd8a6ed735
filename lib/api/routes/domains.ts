import { z } from "zod";
import * as domain from "../schemas/domain";
import { CONFLICT, type PathParams, type RouteSpec, secret } from "./spec";

const tag = "Domains";
const response = domain.domainResponseSchema;
const params = {
  schema: z.object({ slug: domain.domainSlugSchema }),
  notFound: "Domain not found.",
} satisfies PathParams;

export const DOMAIN_ROUTES = {
  "POST /api/domains": {
    ...secret("domains.write"),
    tag,
    operationId: "createDomain",
    summary: "Add a domain",
    body: domain.createDomainSchema,
    response,
    status: 201,
    errors: CONFLICT,
  },
  "GET /api/domains": {
    ...secret("domains.read"),
    tag,
    operationId: "listDomains",
    summary: "List domains",
    query: domain.listDomainsQuerySchema,
    response: z.array(response),
  },
  "PATCH /api/domains/{slug}": {
    ...secret("domains.write"),
    tag,
    operationId: "updateDomain",
    summary: "Update a domain",
    params,
    body: domain.updateDomainSchema,
    response,
    errors: CONFLICT,
  },
  "PUT /api/domains/{slug}": {
    ...secret("domains.write"),
    tag,
    operationId: "putDomainBySlug",
    summary: "Update a domain",
    params,
    body: domain.updateDomainSchema,
    response,
    errors: CONFLICT,
  },
  "POST /api/domains/{slug}/verify": {
    ...secret("domains.write"),
    tag,
    operationId: "verifyDomain",
    summary: "Check a domain's DNS verification record",
    params,
    response: domain.verifyDomainResponseSchema,
    errors: CONFLICT,
  },
  "DELETE /api/domains/{slug}": {
    ...secret("domains.write"),
    tag,
    operationId: "deleteDomain",
    summary: "Delete a domain",
    params,
    response: domain.deleteDomainResponseSchema,
  },
} as const satisfies Record<string, RouteSpec>;
