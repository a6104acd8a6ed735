import { z } from "zod";
import { PERMISSIONS } from "@/lib/api-keys/permissions";

/** The body of GET /api/oauth/userinfo: the project and key behind the token. */
export const userInfoSchema = z.object({
  project: z.object({ id: z.string(), slug: z.string(), name: z.string(), plan: z.string() }),
  key: z.object({ id: z.string(), name: z.string(), permissions: z.array(z.enum(PERMISSIONS)) }),
});
