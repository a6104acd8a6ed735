import { createDomain, listDomains } from "@/db/queries/domains";
import { ApiError } from "@/lib/api/errors";
import { json, readJson, readQuery } from "@/lib/api/request";
import { assertNotAppHost, createDomainSchema, listDomainsQuerySchema } from "@/lib/api/schemas/domain";
import { serializeDomain } from "@/lib/api/serializers/domain";
import { withApiKey } from "@/lib/api/with-api-key";

// POST /api/domains – add a domain (unverified; the project's first one becomes primary)
export const POST = withApiKey("POST /api/domains", async ({ request, key }) => {
  const body = await readJson(request, createDomainSchema);
  assertNotAppHost(body.slug, request.headers);
  const domain = await createDomain({ projectId: key.project.id, ...body });
  if (domain === "conflict") throw new ApiError("conflict", `The domain '${body.slug}' is already in use.`);
  return json(serializeDomain(domain), 201);
});

// GET /api/domains – list the project's active (or, with archived=true, archived) domains
export const GET = withApiKey("GET /api/domains", async ({ request, key }) => {
  const query = readQuery(request, listDomainsQuerySchema);
  const domains = await listDomains({ projectId: key.project.id, ...query });
  return json(domains.map(serializeDomain));
});
