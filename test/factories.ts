import { createProject } from "@/db/queries/projects";
import { createUser } from "@/db/queries/users";
import { unique } from "./database";

/** A person with a project they own; rows are unique per call so test files can share a database. */
export async function ownerWithProject(name = "owner") {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  const project = await createProject({
    name: `${name}'s project`,
    slug: unique(name.toLowerCase()),
    ownerId: user.id,
  });
  if (!project) throw new Error("project not created");
  return { user, project, actor: { id: user.id, name: user.name }, ipAddress: "127.0.0.1" };
}
