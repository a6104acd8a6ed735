import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getProjectForMember } from "@/db/queries/projects";
import { requireUser } from "@/lib/session";

/**
 * The project of a `/{slug}/…` page and the viewer's role. Signed out → /login; not a member → 404, exactly as
 * for a project that does not exist (whether it exists is nobody else's business).
 */
export const getCurrentProject = cache(async (slug: string) => {
  const user = await requireUser();
  const membership = await getProjectForMember({ slug, userId: user.id });
  if (!membership) notFound();
  return { user, ...membership };
});
