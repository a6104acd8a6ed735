import { apiRoute } from "@/lib/api/handler";

// GET /api/oauth/userinfo – the project and key behind the bearer token
export const GET = apiRoute("GET /api/oauth/userinfo", ({ key }) => ({
  project: key.project,
  key: { id: key.id, name: key.name, permissions: [...key.permissions] },
}));
