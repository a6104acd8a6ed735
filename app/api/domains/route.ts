import { createDomain, listDomains } from "@/db/queries/domains";
import { apiRoute } from "@/lib/api/handler";
import { assertNotAppHost } from "@/lib/api/schemas/domain";
import { domainRefusalError, serializeDomain } from "@/lib/api/serializers/domain";

// POST /api/domains – add a pending domain, with the TXT record that verifies it → 201
export const POST = apiRoute("POST /api/domains", async ({ request, project, body }) => {
  assertNotAppHost(body.slug, request.headers);
  const created = await createDomain({ projectId: project.id, ...body });
  if (!created.ok) throw domainRefusalError(created.reason, body.slug);
  return serializeDomain(created.domain);
});

// GET /api/domains – list the project's active (or, with archived=true, archived) domains
export const GET = apiRoute("GET /api/domains", async ({ project, query }) => {
  const domains = await listDomains({ projectId: project.id, ...query });
  return domains.map(serializeDomain);
});
