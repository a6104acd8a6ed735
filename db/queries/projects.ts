import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { type Project, projectMemberships, projects } from "@/db/schema";
import { createId } from "@/lib/ids";
import type { Role } from "@/lib/roles";

export type ProjectWithRole = Pick<Project, "id" | "name" | "slug" | "plan"> & { role: Role };

export async function listProjectsForUser({ userId }: { userId: string }): Promise<ProjectWithRole[]> {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      slug: projects.slug,
      plan: projects.plan,
      role: projectMemberships.role,
    })
    .from(projectMemberships)
    .innerJoin(projects, eq(projects.id, projectMemberships.projectId))
    .where(eq(projectMemberships.userId, userId))
    .orderBy(asc(projects.name));
}

/** The project behind a slug and the user's role in it; null when it does not exist or the user is no member. */
export async function getProjectForMember({
  slug,
  userId,
}: {
  slug: string;
  userId: string;
}): Promise<{ project: Project; role: Role } | null> {
  const [row] = await db
    .select({ project: projects, role: projectMemberships.role })
    .from(projects)
    .innerJoin(projectMemberships, eq(projectMemberships.projectId, projects.id))
    .where(and(eq(projects.slug, slug), eq(projectMemberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** Creates a project owned by `ownerId`; null when the slug is taken. */
export async function createProject(input: {
  name: string;
  slug: string;
  ownerId: string;
}): Promise<Project | null> {
  try {
    return await db.transaction(async (tx) => {
      const [project] = await tx
        .insert(projects)
        .values({ id: createId("proj"), name: input.name, slug: input.slug })
        .returning();
      if (!project) throw new Error("insert returned no project");
      await tx
        .insert(projectMemberships)
        .values({ projectId: project.id, userId: input.ownerId, role: "owner" });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Renames a project or changes its slug; null when the new slug is taken. Callers go through lib/api-keys/key-changes. */
export async function updateProject({
  projectId,
  ...changes
}: {
  projectId: string;
  name: string;
  slug: string;
}): Promise<Project | null> {
  try {
    const [project] = await db.update(projects).set(changes).where(eq(projects.id, projectId)).returning();
    return project ?? null;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * Deletes the project and, by cascade, everything in it (memberships, keys, links, the audit log). Callers go
 * through lib/api-keys/key-changes, which tells the key caches.
 */
export async function deleteProjectRow({ projectId }: { projectId: string }): Promise<void> {
  await db.delete(projects).where(eq(projects.id, projectId));
}

/**
 * Takes the project's row lock for the rest of the transaction. Every membership, invitation and seat change
 * takes it first, so two of them in one project cannot both pass a check that only one of them may pass.
 * False when the project does not exist.
 */
export async function lockProject(projectId: string, tx: Executor): Promise<boolean> {
  const rows = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.id, projectId))
    .for("update");
  return rows.length > 0;
}
