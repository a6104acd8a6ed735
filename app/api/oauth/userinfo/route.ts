import { withApiKey } from "@/lib/api/with-api-key";

// GET /api/oauth/userinfo – the project and key behind the bearer token
export const GET = withApiKey("GET /api/oauth/userinfo", ({ key }) =>
  Response.json({
    project: key.project,
    key: { id: key.id, name: key.name, permissions: key.permissions },
  }),
);
