import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { auth } from "@/lib/auth";

/** The signed-in person, read again from the database on each request (a deleted user is signed out). */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById({ id });
  return user && !user.isMachine ? user : null;
});

export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
