import { countLinks } from "@/db/queries/links";
import { apiRoute } from "@/lib/api/handler";

// GET /api/links/count – how many links match the filters of GET /api/links
export const GET = apiRoute("GET /api/links/count", ({ project, query }) =>
  countLinks({ projectId: project.id, filters: query }),
);
