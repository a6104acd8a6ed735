import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { createInvitation } from "@/db/queries/invitations";
import { createProject } from "@/db/queries/projects";
import { createUser } from "@/db/queries/users";
import { invitations } from "@/db/schema";
import { unique } from "./database";

export const ip = "198.51.100.4";

/** A person with a unique email. */
export async function newUser(name: string) {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return user;
}

/** Ada's project "Acme", and `invite(email, role, seatLimit)` as Ada. */
export async function setup() {
  const ada = await newUser("ada");
  const project = await createProject({ name: "Acme", slug: unique("acme"), ownerId: ada.id });
  if (!project) throw new Error("project not created");
  const invite = async (email: string, role: "owner" | "member" = "member", seatLimit = 10) =>
    createInvitation({ projectId: project.id, email, role, invitedBy: ada, ipAddress: ip, seatLimit });
  return { ada, project, invite };
}

/** The invitation and its token, or a failed test when it was refused. */
export async function invited(result: Awaited<ReturnType<typeof createInvitation>>) {
  if (!result.ok) throw new Error(`invitation refused: ${result.reason}`);
  return result;
}

/** Makes the invitation expire a minute ago. */
export async function expire(invitationId: string) {
  await db
    .update(invitations)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(invitations.id, invitationId));
}
