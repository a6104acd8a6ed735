"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ActionError, projectAction } from "@/lib/actions/safe-action";
import { deleteProject, renameProject } from "@/lib/api-keys/key-changes";
import { logger } from "@/lib/logger";
import { projectNameSchema, projectSlugSchema } from "@/lib/projects/slug";

export const updateProjectAction = projectAction(
  "updateProject",
  { capability: "project.manage", schema: z.object({ name: projectNameSchema, slug: projectSlugSchema }) },
  async ({ name, slug }, { project }) => {
    const updated = await renameProject({ projectId: project.id, name, slug });
    if (!updated)
      throw new ActionError("That slug is taken.", { slug: ["That slug is already taken. Try another."] });
    if (updated.slug !== project.slug) redirect(`/${updated.slug}/settings`);
    return { name: updated.name, slug: updated.slug };
  },
);

export const deleteProjectAction = projectAction(
  "deleteProject",
  { capability: "project.manage", schema: z.object({ confirmation: z.string() }) },
  async ({ confirmation }, { project, user }) => {
    if (confirmation !== project.slug) {
      throw new ActionError("Type the project's slug to confirm.", {
        confirmation: [`Type "${project.slug}" to confirm.`],
      });
    }
    await deleteProject({ projectId: project.id });
    logger().info({ event: "project_deleted", projectId: project.id, userId: user.id }, "project deleted");
    redirect("/");
  },
);
