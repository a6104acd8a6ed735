"use server";

import { signOut } from "@/lib/auth";

/** Ends the session from any page (the account menu) and lands on the sign-in page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
