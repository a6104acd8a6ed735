"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createProject } from "@/db/queries/projects";
import { ActionError, userAction } from "@/lib/actions/safe-action";
import { logger } from "@/lib/logger";
import { projectNameSchema, projectSlugSchema } from "@/lib/projects/slug";

export const createProjectAction = userAction(
  "createProject",
  z.object({ name: projectNameSchema, slug: projectSlugSchema }),
  async ({ name, slug }, { user }) => {
    const project = await createProject({ name, slug, ownerId: user.id });
    if (!project)
      throw new ActionError("That slug is taken.", { slug: ["That slug is already taken. Try another."] });
    logger().info({ event: "project_created", projectId: project.id, userId: user.id }, "project created");
    redirect(`/${project.slug}`);
  },
);
