import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { endSession } from "@/db/queries/sessions";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { auth } from "@/lib/auth";

export type CurrentSession = { user: User; sessionId: string };

/**
 * The signed-in person and the id of this session, read again from the database on each request: an ended
 * session or a deleted user is signed out.
 */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  const user = await getUserById({ id });
  return user && !user.isMachine ? { user, sessionId } : null;
});

/** The signed-in person, or null. */
export const getCurrentUser = cache(
  async (): Promise<User | null> => (await getCurrentSession())?.user ?? null,
);

export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** Ends this request's session on the server; its cookie is refused from now on, on every instance. */
export async function endCurrentSession(): Promise<void> {
  const current = await getCurrentSession();
  if (current) await endSession({ id: current.sessionId });
}
